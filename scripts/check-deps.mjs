/**
 * Check that package.json `dependencies` are exactly the packages dist/
 * needs: every bare import of the built JavaScript, and the package behind
 * every import of the published type declarations (`nlcst` → `@types/nlcst`).
 *
 *   node scripts/check-deps.mjs
 *
 * Imports are read with TypeScript's own pre-processor (static and dynamic
 * `import`, `require`, `export … from`, `/// <reference types>`), not with
 * regular expressions. Node built-ins do not count. Prints what is missing
 * or unused and exits 1 when the two differ; run it after `npm run build`.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {builtinModules} from 'node:module'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = join(root, 'dist')
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
const builtins = new Set(builtinModules)

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for a relative path or a built-in. */
function packageOf(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  return builtins.has(name) ? null : name
}

/**
 * The package that gives the types of `name` as TypeScript resolves it from
 * `dist/` (itself when it ships types, else `@types/name`), or `name` when
 * it resolves to nothing (reported as needed, so the check fails loudly).
 */
function typesPackageOf(name, from) {
  for (const moduleResolution of [ts.ModuleResolutionKind.NodeNext, ts.ModuleResolutionKind.Node10]) {
    const options = {module: ts.ModuleKind.NodeNext, moduleResolution}
    const resolved = ts.resolveModuleName(name, from, options, ts.sys).resolvedModule
    if (resolved?.packageId !== undefined) return resolved.packageId.name
  }
  return name
}

if (!existsSync(dist)) {
  console.error('check-deps: dist/ is missing; run `npm run build` first')
  process.exit(2)
}
const needed = new Map()
for (const file of readdirSync(dist).sort()) {
  const declaration = /\.d\.[cm]?ts$/.test(file)
  if (!declaration && !/\.[cm]?js$/.test(file)) continue
  const info = ts.preProcessFile(readFileSync(join(dist, file), 'utf8'), true, true)
  const specifiers = [...info.importedFiles, ...info.typeReferenceDirectives].map((ref) => ref.fileName)
  for (const specifier of specifiers) {
    const name = packageOf(specifier)
    if (name === null) continue
    const pkg = declaration ? typesPackageOf(name, join(dist, file)) : name
    if (!needed.has(pkg)) needed.set(pkg, file)
  }
}
const declared = new Set(Object.keys(manifest.dependencies ?? {}))
const missing = [...needed.keys()].filter((name) => !declared.has(name)).sort()
const unused = [...declared].filter((name) => !needed.has(name)).sort()
for (const name of missing)
  console.error(`check-deps: dist/${needed.get(name)} needs '${name}', which is not in dependencies`)
for (const name of unused) console.error(`check-deps: '${name}' is in dependencies, but nothing in dist/ imports it`)
if (missing.length > 0 || unused.length > 0) process.exit(1)
console.log(`check-deps: dependencies match dist/ (${[...needed.keys()].sort().join(', ')})`)
