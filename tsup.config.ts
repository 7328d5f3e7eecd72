import {rmSync} from 'node:fs'
import {defineConfig} from 'tsup'

// Both builds write into dist/ at once, so neither may clean it (one would
// delete the other's files). It is emptied here, once, before either starts:
// otherwise the chunks of earlier builds stay behind and `npm pack` ships them.
rmSync('dist', {recursive: true, force: true})

/** Options both builds share. */
const common = {
  clean: false,
  sourcemap: false,
  target: 'node20',
  treeshake: true
} as const

export default defineConfig([
  {
    ...common,
    // ES modules: the library, the corpus API (a subpath of its own keeps the
    // main entry free of Node built-ins), its worker and both commands. The
    // code they share goes into chunks, so dist/ holds each module once.
    entry: {
      index: 'src/index.ts',
      corpus: 'src/corpus/index.ts',
      // The annotated HTML view: a subpath, so only its users load the hast utilities.
      html: 'src/html/index.ts',
      // The retext plugin as a default export, as retext plugins are published.
      retext: 'src/retext.ts',
      'corpus-worker': 'src/corpus/worker.ts',
      cli: 'src/cli/index.ts',
      'eval-cli': 'src/eval-cli.ts',
      'train-cli': 'src/train-cli.ts'
    },
    format: ['esm'],
    splitting: true,
    dts: {
      entry: {index: 'src/index.ts', corpus: 'src/corpus/index.ts', html: 'src/html/index.ts', retext: 'src/retext.ts'}
    }
  },
  {
    ...common,
    // CommonJS for require(): the library entries only. The corpus API
    // starts the ES module worker, dist/corpus-worker.js, like the ESM build.
    entry: {index: 'src/index.ts', corpus: 'src/corpus/index.ts', html: 'src/html/index.ts', retext: 'src/retext.ts'},
    format: ['cjs'],
    // import.meta.url in the CommonJS build: the corpus API finds its worker file with it.
    shims: true,
    splitting: true,
    dts: {
      entry: {index: 'src/index.ts', corpus: 'src/corpus/index.ts', html: 'src/html/index.ts', retext: 'src/retext.ts'}
    }
  }
])
