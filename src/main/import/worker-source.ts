import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Run from source (tsx CLI, served app, vitest), the import worker is TypeScript. Loading tsx
// inside each worker costs seconds, so the worker is bundled once per process with esbuild (a
// development dependency, never loaded by the built app) into node_modules/.cache, where its
// own dependencies resolve. The folder is named by its content: concurrent runs share it.

let built: Promise<URL> | undefined

async function build(): Promise<URL> {
  const name = 'esbuild' // a variable: the app's bundler must not follow this import
  const esbuild = (await import(/* @vite-ignore */ name)) as typeof import('esbuild')
  const cache = fileURLToPath(new URL('../../../node_modules/.cache/nianbao/', import.meta.url))
  // Split at the readers' dynamic imports, as the app's bundle is: each import loads only its reader.
  const out = await esbuild.build({
    entryPoints: { 'import-worker': fileURLToPath(new URL('./worker.ts', import.meta.url)) },
    bundle: true,
    splitting: true,
    outdir: cache,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent'
  })
  const hash = createHash('sha256')
  for (const f of out.outputFiles) hash.update(f.path).update(f.contents)
  const dir = join(cache, hash.digest('hex').slice(0, 16))
  if (!existsSync(join(dir, 'import-worker.js'))) {
    const tmp = `${dir}.${process.pid}.tmp`
    mkdirSync(tmp, { recursive: true })
    for (const f of out.outputFiles) writeFileSync(join(tmp, relative(cache, f.path)), f.contents)
    try {
      renameSync(tmp, dir)
    } catch {
      rmSync(tmp, { recursive: true, force: true }) // another run wrote the same files first
    }
  }
  return pathToFileURL(join(dir, 'import-worker.js'))
}

/** The worker entry, bundled from source on first use. */
export function sourceWorkerUrl(): Promise<URL> {
  built ??= build()
  return built
}
