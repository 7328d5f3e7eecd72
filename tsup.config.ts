import {defineConfig} from 'tsup'

export default defineConfig({
  entry: {index: 'src/index.ts', 'eval-cli': 'src/eval-cli.ts', cli: 'src/cli/index.ts', 'corpus-worker': 'src/corpus/worker.ts'},
  // import.meta.url in the CommonJS build: the corpus API finds its worker file with it.
  shims: true,
  format: ['esm', 'cjs'],
  dts: true,
  clean: false,
  sourcemap: false,
  target: 'node20',
  splitting: false,
  treeshake: true
})
