import { isAbsolute, resolve } from 'node:path'
import { ID_PATTERN } from '../schema/limits'

// Where the data lives: --data-dir=DIR, else NIANBAO_DATA_DIR, else the app's user-data folder.

export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userData: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith('--data-dir=')) return absolute(arg.slice('--data-dir='.length))
    if (arg === '--data-dir' && argv[i + 1]) return absolute(argv[i + 1])
  }
  if (env.NIANBAO_DATA_DIR) return absolute(env.NIANBAO_DATA_DIR)
  return resolve(userData, 'data')
}

function absolute(dir: string): string {
  return isAbsolute(dir) ? dir : resolve(process.cwd(), dir)
}

/** --user-data-dir=DIR: the app's own folder for this run (tests use a temporary one). */
export function userDataDirArg(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.startsWith('--user-data-dir=')) return absolute(arg.slice('--user-data-dir='.length))
    if (arg === '--user-data-dir' && argv[i + 1]) return absolute(argv[i + 1])
  }
  return null
}

/** Whether two folder paths name the same folder (Windows paths ignore case). */
export function sameFolder(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const norm = (p: string) => (platform === 'win32' ? resolve(p).toLowerCase() : resolve(p)).replace(/[\\/]+$/, '')
  return norm(a) === norm(b)
}

/** The report ids in the reports folder: <id>.json and <id>.json.bak, never <id>.history.json
 *  (a dot is not allowed in an id). */
export function reportIdsIn(names: readonly string[]): Set<string> {
  const ids = new Set<string>()
  for (const name of names) {
    const m = /^(.+)\.json(?:\.bak)?$/.exec(name)
    if (m && ID_PATTERN.test(m[1])) ids.add(m[1])
  }
  return ids
}
