import type {Attribution, Options, Source} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Attributions found by `retextAttribution`. */
    attributions: Attribution[]
    /** Sources found by `retextAttribution`. */
    sources: Source[]
  }
}

/** Temporary skeleton. */
export default function retextAttribution(options?: Options) {
  void options
  return function () {}
}
