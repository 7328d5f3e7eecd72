/**
 * The measured paths. Each one is set up once and then called once per
 * article; it returns a number so the work cannot be optimised away.
 */
import {unified} from 'unified'
import retextEnglish from 'retext-english'
import {VFile} from 'vfile'

/**
 * Build the list of paths to measure, in the order they are interleaved.
 *
 * @param {{peer: boolean}} settings Whether to include the compromise peer.
 * @returns {Promise<Array<{name: string, label: string, run: (text: string) => number}>>}
 */
export async function buildPaths(settings) {
  const {extractAttributions, retextAttribution} = await import('../dist/index.js')
  const parser = unified().use(retextEnglish).freeze()
  const pluginProcessor = unified().use(retextEnglish).use(retextAttribution).freeze()

  const paths = [
    {
      name: 'parse',
      label: 'parse alone (retext-english)',
      run(text) {
        return parser.parse(text).children.length
      }
    },
    {
      name: 'extract',
      label: 'extractAttributions',
      run(text) {
        return extractAttributions(text).attributions.length
      }
    },
    {
      name: 'plugin',
      label: 'retext plugin (parse + runSync)',
      run(text) {
        const file = new VFile(text)
        pluginProcessor.runSync(pluginProcessor.parse(file), file)
        return file.data.attributions.length
      }
    }
  ]

  if (settings.peer) {
    const {default: nlp} = await import('compromise')
    paths.push({
      name: 'compromise',
      label: 'compromise nlp() (peer)',
      run(text) {
        return nlp(text).length
      }
    })
  }
  return paths
}
