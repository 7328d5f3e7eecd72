#!/usr/bin/env node
/**
 * whosaid-train: learn a confidence model from gold attributions.
 *
 *   whosaid-train gold.jsonl --out model.json [--size N] [--epochs N] [--folds N] [--cue-folds N] [--no-boundaries]
 *
 * The gold file takes the evaluation format (one JSON document a line, with
 * `text` and `attributions` of cue, source and content pieces). The model it
 * writes is what `extractAttributions(text, {model})` reads; it carries a
 * boundary re-ranker for content edges unless `--no-boundaries`.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {parseGoldJsonl} from './evaluate/jsonl.js'
import {formatModel} from './model/format.js'
import {trainConfidenceModel} from './model/train.js'

const USAGE =
  'usage: whosaid-train gold.jsonl --out model.json [--size N] [--epochs N] [--folds N] [--cue-folds N] [--no-boundaries]'

/** Parse a positive whole-number flag, or throw naming it. */
function whole(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`${flag} must be a positive whole number; got '${value}'`)
  return Number(value)
}

/** Run the command; returns the exit status. */
function main(): number {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      allowPositionals: true,
      options: {
        out: {type: 'string', short: 'o'},
        size: {type: 'string'},
        epochs: {type: 'string'},
        folds: {type: 'string'},
        'cue-folds': {type: 'string'},
        'no-boundaries': {type: 'boolean'},
        help: {type: 'boolean', short: 'h'}
      }
    }))
    if (values.help) {
      console.log(USAGE)
      return 0
    }
    if (positionals.length !== 1 || values.out === undefined) throw new Error('expected one gold file and --out')
    const options = {
      size: whole(values.size, '--size'),
      epochs: whole(values.epochs, '--epochs'),
      folds: whole(values.folds, '--folds'),
      cueFolds: whole(values['cue-folds'], '--cue-folds'),
      ...(values['no-boundaries'] ? {boundaries: false as const} : {})
    }
    const path = resolve(positionals[0])
    const documents = parseGoldJsonl(readFileSync(path, 'utf8'), {name: path})
    const model = trainConfidenceModel(documents, options)
    mkdirSync(dirname(resolve(values.out)), {recursive: true})
    writeFileSync(values.out, formatModel(model))
    const {attributions, right} = model.trainedOn
    console.error(
      `whosaid-train: ${documents.length} documents, ${attributions} attributions (${right} right), ${model.size} weights -> ${values.out}`
    )
    return 0
  } catch (error) {
    console.error(`whosaid-train: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
}

process.exitCode = main()
