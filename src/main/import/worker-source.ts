import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// Run from source (tsx CLI, served app, vitest), the import worker is TypeScript. Loading tsx
// inside each worker costs seconds, so the worker is bundled with esbuild (a development
// dependency, never loaded by the built app) into node_modules/.cache, where its own
// dependencies resolve. A manifest of the sources' sizes and times lets later runs skip esbuild;
// each bundle's folder is named by its content, so concurrent runs share it.

const CACHE = fileURLToPath(new URL('../../../node_modules/.cache/nianbao/', import.meta.url))
const MANIFEST = join(CACHE, 'import-worker.json')
const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

interface Manifest {
  entry: string
  /** Source path (from the project root) → "size:mtime" when bundled. */
  inputs: Record<string, string>
}

const stamp = (path: string) => {
  const s = statSync(resolve(ROOT, path), { throwIfNoEntry: false })
  return s ? `${s.size}:${s.mtimeMs}` : 'missing'
}

function fromManifest(): string | undefined {
  try {
    const m = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest
    const fresh = Object.entries(m.inputs).every(([path, was]) => stamp(path) === was)
    return fresh && existsSync(m.entry) ? m.entry : undefined
  } catch {
    return undefined
  }
}

/** Writes a file through a temporary name, so a concurrent reader never sees half of it. */
function writeWhole(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}

async function build(): Promise<string> {
  const name = 'esbuild' // a variable: the app's bundler must not follow this import
  const esbuild = (await import(/* @vite-ignore */ name)) as typeof import('esbuild')
  // Split at the readers' dynamic imports, as the app's bundle is: each import loads only its reader.
  const out = await esbuild.build({
    entryPoints: { 'import-worker': fileURLToPath(new URL('./worker.ts', import.meta.url)) },
    bundle: true,
    splitting: true,
    outdir: CACHE,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent'
  })
  const hash = createHash('sha256')
  for (const f of out.outputFiles) hash.update(f.path).update(f.contents)
  const dir = join(CACHE, hash.digest('hex').slice(0, 16))
  const entry = join(dir, 'import-worker.js')
  if (!existsSync(entry)) {
    const tmp = `${dir}.${process.pid}.tmp`
    mkdirSync(tmp, { recursive: true })
    for (const f of out.outputFiles) writeFileSync(join(tmp, relative(CACHE, f.path)), f.contents)
    try {
      renameSync(tmp, dir)
    } catch {
      rmSync(tmp, { recursive: true, force: true }) // another run wrote the same files first
    }
  }
  // esbuild names inputs relative to the working directory.
  const inputs = Object.fromEntries(Object.keys(out.metafile.inputs).map((p) => relative(ROOT, resolve(p))).map((p) => [p, stamp(p)]))
  writeWhole(MANIFEST, JSON.stringify({ entry, inputs } satisfies Manifest))
  return entry
}

let built: Promise<URL> | undefined

/**
 * A built program (the CLI in out/main) names the worker its build emitted: the default for every
 * importer of the process, and esbuild is then never loaded.
 */
export function useBuiltWorker(path: string): void {
  built = Promise.resolve(pathToFileURL(path))
}

/** The worker entry: the built one if named, else bundled from source when the sources changed since the last bundle. */
export function sourceWorkerUrl(): Promise<URL> {
  built ??= (async () => pathToFileURL(fromManifest() ?? (await build())))()
  return built
}
