/**
 * `whosaid/retext`: the retext plugin as a default export, the way retext
 * plugins are published (`import retextWhosaid from 'whosaid/retext'`).
 */
export {default, default as retextAttribution} from './plugin.js'
export type {RetextAttributionOptions as Options} from './plugin.js'
