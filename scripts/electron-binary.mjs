// Where the Electron binary is, and fetching it through Electron's own downloader when it is not.
// Electron 45 no longer downloads at `npm install`; electron-vite only reads
// node_modules/electron/path.txt and fails with "Electron uninstall". This module mirrors the
// lookup of electron/index.js and, when needed, fills Electron's download cache (with progress)
// before running electron/install.js, which then extracts from that cache and writes path.txt.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

const DEFAULT_BASE = 'https://github.com/electron/electron/releases/download/'

/** The installed electron package, resolved from the project root (the current directory). */
export function electronPackage(root = process.cwd(), env = process.env) {
  const pkgJson = createRequire(join(root, 'package.json')).resolve('electron/package.json')
  const dir = dirname(pkgJson)
  const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'))
  // Same precedence as electron/install.js.
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || process.platform
  const arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || process.arch
  return { dir, version, platform, arch, zipName: `electron-v${version}-${platform}-${arch}.zip` }
}

/** The executable's path inside an unpacked Electron zip, as electron/install.js writes it to path.txt. */
export function executableInZip(platform) {
  if (platform === 'win32') return 'electron.exe'
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  return 'electron'
}

function readPathTxt(dir) {
  const file = join(dir, 'path.txt')
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : ''
}

/**
 * The Electron executable to run, or why there is none:
 * { path } | { missing: 'download' } | { missing: 'override' | 'exec', path }.
 */
export function locateElectron(pkg, env = process.env) {
  if (env.ELECTRON_EXEC_PATH) {
    return existsSync(env.ELECTRON_EXEC_PATH) ? { path: env.ELECTRON_EXEC_PATH } : { missing: 'exec', path: env.ELECTRON_EXEC_PATH }
  }
  const inZip = readPathTxt(pkg.dir) || executableInZip(pkg.platform)
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(env.ELECTRON_OVERRIDE_DIST_PATH, inZip)
    return existsSync(path) ? { path } : { missing: 'override', path }
  }
  const path = join(pkg.dir, 'dist', inZip)
  return readPathTxt(pkg.dir) && existsSync(path) ? { path } : { missing: 'download' }
}

/** Electron's download cache folder (what @electron/get's env-paths picks), unless electron_config_cache is set. */
export function cacheRoot(env = process.env, platform = process.platform) {
  if (env.electron_config_cache) return env.electron_config_cache
  const home = env.HOME || env.USERPROFILE || homedir()
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron', 'Cache')
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron')
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron')
}

/** Where a zip fetched by hand from the official release must lie in the cache to be picked up offline. */
export function cachedZipPath(pkg, env = process.env, platform = process.platform) {
  // @electron/get names the folder by the SHA-256 of the download URL's directory.
  const urlDir = `${DEFAULT_BASE}v${pkg.version}`
  const folder = createHash('sha256').update(urlDir).digest('hex')
  return join(cacheRoot(env, platform), folder, pkg.zipName)
}

export function officialZipUrl(pkg) {
  return `${DEFAULT_BASE}v${pkg.version}/${pkg.zipName}`
}

function progressPrinter(name, stream = process.stderr) {
  let lastStep = -1
  return ({ transferred, total, percent }) => {
    const mb = (n) => (n / 1048576).toFixed(1)
    const pct = Math.floor(percent * 100)
    const line = `下载中 Downloading ${name}: ${total ? `${pct}% (${mb(transferred)}/${mb(total)} MB)` : `${mb(transferred)} MB`}`
    if (stream.isTTY) {
      stream.write(`\r${line}   `)
      if (percent >= 1) stream.write('\n')
    } else if (Math.floor(pct / 10) > lastStep) {
      lastStep = Math.floor(pct / 10)
      stream.write(`${line}\n`)
    }
  }
}

/**
 * Downloads the binary the way Electron does (its own @electron/get, its checksums, its mirror and
 * cache settings), then lets electron/install.js extract it and write path.txt.
 * Throws an Error with a one-line message when that cannot happen.
 */
export async function downloadElectron(pkg, env = process.env) {
  const fromElectron = createRequire(join(pkg.dir, 'package.json'))
  const { downloadArtifact } = await import(pathToFileURL(fromElectron.resolve('@electron/get')).href)
  const useRemoteChecksums = env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums
  await downloadArtifact({
    version: pkg.version,
    artifactName: 'electron',
    platform: pkg.platform,
    arch: pkg.arch,
    force: env.force_no_cache === 'true',
    cacheRoot: env.electron_config_cache,
    checksums: useRemoteChecksums ? undefined : fromElectron('./checksums.json'),
    downloadOptions: { quiet: true, getProgressCallback: progressPrinter(pkg.zipName) }
  })
  const install = spawnSync(process.execPath, [join(pkg.dir, 'install.js')], { env, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] })
  if (install.status !== 0) {
    const reason = (install.stderr || '').split('\n').find((l) => l.trim()) || `install.js exited with ${install.status}`
    throw new Error(reason.trim())
  }
}
