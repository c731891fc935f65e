import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './web-server'

// Where the Electron binary is, found WITHOUT requiring the electron package (which would try to
// download it on some versions): node_modules/electron/path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH.

const DEFAULT_NAMES: Record<string, string> = { linux: 'electron', win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }

export function electronBinary(): { path: string | null; looked: string } {
  const pkgDir = join(ROOT, 'node_modules', 'electron')
  const pathTxt = join(pkgDir, 'path.txt')
  const rel = existsSync(pathTxt) ? readFileSync(pathTxt, 'utf8').trim() : DEFAULT_NAMES[process.platform] ?? 'electron'
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkgDir, 'dist')
  const candidate = join(dist, rel)
  return { path: existsSync(candidate) ? candidate : null, looked: candidate }
}
