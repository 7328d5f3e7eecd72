import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    // The corpus API uses worker threads: a subpath of its own keeps the main
    // entry free of Node built-ins.
    corpus: 'src/corpus/index.ts',
    'corpus-worker': 'src/corpus/worker.ts',
    cli: 'src/cli/index.ts',
    'eval-cli': 'src/eval-cli.ts',
    'train-cli': 'src/train-cli.ts'
  },
  // import.meta.url in the CommonJS build: the corpus API finds its worker file with it.
  shims: true,
  format: ['esm', 'cjs'],
  dts: {entry: {index: 'src/index.ts', corpus: 'src/corpus/index.ts'}},
  clean: false,
  sourcemap: false,
  target: 'node20',
  splitting: false,
  treeshake: true
})
