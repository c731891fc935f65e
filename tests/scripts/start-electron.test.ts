import { spawnSync } from 'node:child_process'
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, repoRoot as root } from '../helpers/built-app'

// `npm start` must get past a missing Electron binary: either a clear bilingual message and exit 1
// (no network), or the documented offline way (ELECTRON_OVERRIDE_DIST_PATH) running the built app.
// The real node_modules/electron is never changed: the no-binary case runs in a temp project.

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const temps: string[] = []
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-start-'))
  temps.push(dir)
  return dir
}
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })))

/** The environment of a user who set nothing Electron-specific. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const k of Object.keys(env)) if (/^(electron_|npm_config_electron)/i.test(k)) delete env[k]
  return { ...env, ...extra }
}

function npmStart(cwd: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const r = spawnSync(npm, ['start', '--silent', ...(args.length ? ['--', ...args] : [])], { cwd, env, encoding: 'utf8', timeout: 30000 })
  return { status: r.status, out: `${r.stdout}${r.stderr}` }
}

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok))
  const { port } = server.address() as { port: number }
  await new Promise((ok) => server.close(ok))
  return port
}

/** A project like this one whose electron package has never downloaded its binary. */
function projectWithoutBinary(): string {
  const dir = temp()
  const electron = join(dir, 'node_modules', 'electron')
  mkdirSync(electron, { recursive: true })
  for (const f of ['package.json', 'index.js', 'install.js', 'checksums.json', 'cli.js']) {
    copyFileSync(join(root, 'node_modules/electron', f), join(electron, f))
  }
  symlinkSync(join(root, 'node_modules/@electron'), join(dir, 'node_modules/@electron'), 'junction')
  symlinkSync(join(root, 'node_modules/electron-vite'), join(dir, 'node_modules/electron-vite'), 'junction')
  symlinkSync(join(root, 'scripts'), join(dir, 'scripts'), 'junction')
  copyFileSync(join(root, 'package.json'), join(dir, 'package.json'))
  return dir
}

const stackLine = /^\s+at .+[:(].*\d+:\d+\)?$/m

describe('npm start without an Electron binary and without network', () => {
  it('prints one message in Chinese and English with the three offline ways, exits 1, no stack trace', async () => {
    const project = projectWithoutBinary()
    const cache = join(project, 'electron-cache')
    const env = cleanEnv({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`, electron_config_cache: cache })
    const { status, out } = npmStart(project, env)

    expect(status).toBe(1)
    expect(out).not.toMatch(stackLine)
    expect(out).not.toContain('Electron uninstall')
    expect(out).toContain('无法下载 Electron 运行环境')
    expect(out).toContain('Could not download the Electron runtime')
    expect(out).toMatch(/ECONNREFUSED/)
    expect(out).toContain('ELECTRON_MIRROR=')
    expect(out).toContain('ELECTRON_OVERRIDE_DIST_PATH=')
    expect(existsSync(join(project, 'node_modules/electron/path.txt'))).toBe(false)

    // The cache path it names is the one Electron's downloader really looks in.
    const zipPath = out.match(new RegExp(`^\\s+(${cache.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}\\S+\\.zip)$`, 'm'))?.[1]
    expect(zipPath).toMatch(/[0-9a-f]{64}[\\/]electron-v\d+\.\d+\.\d+-\w+-\w+\.zip$/)
    mkdirSync(dirname(zipPath!), { recursive: true })
    writeFileSync(zipPath!, 'not the real zip')
    // That path is for the official address, so ask again without the mirror, the network cut by
    // a proxy that refuses (the documented proxy settings), and watch the downloader's own log.
    const port = await closedPort()
    const offline = cleanEnv({ electron_config_cache: cache, ELECTRON_GET_USE_PROXY: '1', HTTPS_PROXY: `http://127.0.0.1:${port}`, HTTP_PROXY: `http://127.0.0.1:${port}` })
    delete offline.NO_PROXY
    delete offline.no_proxy
    const again = npmStart(project, { ...offline, DEBUG: '@electron/get:index' })
    expect(again.out).toContain('Cache hit')
    expect(again.status).toBe(1) // the stand-in zip fails Electron's checksum, so it still stops
  })
})

describe.skipIf(process.platform === 'win32')('npm start with an Electron build carried in (ELECTRON_OVERRIDE_DIST_PATH)', () => {
  beforeAll(ensureBuilt, 60000)

  /** A folder shaped like an unzipped Electron whose `electron` records how it was started. */
  function standIn(): { dir: string; record: string } {
    const dir = temp()
    const record = join(dir, 'started.json')
    const exe = join(dir, 'electron')
    writeFileSync(exe, `#!${process.execPath}\nrequire('fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(2), cwd: process.cwd() }))\n`)
    chmodSync(exe, 0o755)
    return { dir, record }
  }

  it('runs the stand-in with the app, whose entry is the built main process', () => {
    const { dir, record } = standIn()
    const { status, out } = npmStart(root, cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: dir }), ['--skipBuild'])
    expect(out).not.toContain('Electron uninstall')
    expect(status).toBe(0)
    const started = JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; cwd: string }
    // Electron given a folder starts the package.json "main" found there.
    expect(started.argv[0]).toBe('.')
    const main = JSON.parse(readFileSync(join(started.cwd, started.argv[0], 'package.json'), 'utf8')).main
    expect(resolve(started.cwd, main)).toBe(join(root, 'out/main/index.js'))
    expect(existsSync(resolve(started.cwd, main))).toBe(true)
  })

  it('names the missing executable when the folder has none', () => {
    const dir = temp()
    const { status, out } = npmStart(root, cleanEnv({ ELECTRON_OVERRIDE_DIST_PATH: dir }), ['--skipBuild'])
    expect(status).toBe(1)
    expect(out).toContain(join(dir, 'electron'))
    expect(out).toContain('ELECTRON_OVERRIDE_DIST_PATH')
    expect(out).not.toMatch(stackLine)
  })
})
