/** The corpus API: many records in, results out in the same order. */
export {extractCorpus} from './extract-corpus.js'
export type {CorpusFailure, CorpusOptions, CorpusRecord, CorpusResult, CorpusSuccess} from './types.js'
