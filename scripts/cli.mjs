// `npm run cli -- …`: the command line. Runs the built one (out/main/cli.js, made by `npm run
// build`: plain JavaScript, starts in about 0.2 s) when it is newer than every source it is built
// from; otherwise the sources through tsx (about 1 s more to start), so an edit is never run stale.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const built = join(root, 'out/main/cli.js')
/** What out/main is built from (the renderer and preload are not part of the CLI). */
const SOURCES = ['src/main', 'src/shared', 'electron.vite.config.ts', 'package.json']

/** The newest modification time under path (ms), or Infinity when it cannot be read. */
function newest(path) {
  try {
    const s = statSync(path)
    if (!s.isDirectory()) return s.mtimeMs
    let t = s.mtimeMs // a deleted file changes its folder's time
    for (const name of readdirSync(path)) t = Math.max(t, newest(join(path, name)))
    return t
  } catch {
    return Infinity
  }
}

export function builtIsFresh() {
  const at = statSync(built, { throwIfNoEntry: false })?.mtimeMs
  return at !== undefined && SOURCES.every((p) => newest(join(root, p)) <= at)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (builtIsFresh()) await import(pathToFileURL(built).href)
  else {
    const { register } = await import('tsx/esm/api')
    register()
    await import(pathToFileURL(join(root, 'src/main/cli/index.ts')).href)
  }
}
