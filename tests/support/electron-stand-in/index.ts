import { fork, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Starts a main-process entry under plain Node with the recording `electron` stand-in, and drives
// it like Electron would. Any entry works: the built out/main/index.js, or the main file inside a
// packaged app. See README.md in this folder.

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const HERE = fileURLToPath(new URL('.', import.meta.url))

export interface StandInOptions {
  /** The main entry to load (absolute path). */
  entry: string
  /** process.argv the app sees; default [node, entry, ...args]. */
  args?: string[]
  argv?: string[]
  env?: Record<string, string | undefined>
  /** Folder app.getPath() answers under (userData = HOME/userData unless `paths` says otherwise). */
  home?: string
  paths?: Record<string, string>
  isPackaged?: boolean
  version?: string
  /** Rewrites the URL the window's main frame reports (as Chromium may spell a file URL differently). */
  frameUrlReplace?: [pattern: string, replacement: string]
  dialogAnswers?: { messageBox?: number; messageBoxSync?: number }
  /** How the system print dialog ends (webContents.print's callback): default [true, '']. */
  printAnswer?: [success: boolean, failureReason: string]
  /** Where the child writes its final state when the app exits. */
  finalStatePath?: string
  /** process.resourcesPath, as a packaged app has it. */
  resourcesPath?: string
}

export interface LogEntry {
  what: string
  args: unknown[]
}

export interface MenuItemState {
  label: string | null
  type: string | null
  role: string | null
  accelerator: string | null
  hasClick: boolean
  submenu: MenuItemState[] | null
}

export interface WindowState {
  id: number
  options: Record<string, unknown> & { webPreferences: Record<string, unknown> }
  url: string
  frameUrl: string
  destroyed: boolean
  visible: boolean
  maximized: boolean
  exposed: string[] | null
  pageListens: string[] | null
}

export interface StandInState {
  handlers: string[]
  windows: WindowState[]
  menu: MenuItemState[] | null
  log: LogEntry[]
  quitting: boolean
  exitCode: number | null
}

export type InvokeFrom = 'main-frame' | 'sub-frame' | 'foreign-url' | 'other-contents' | 'no-frame'

export class StandInApp {
  private nextId = 1
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  private output = ''
  readonly loaded: Promise<void>
  readonly exited: Promise<{ code: number | null; signal: string | null }>

  constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (d: Buffer) => (this.output += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (this.output += d.toString()))
    let loaded!: () => void
    let failed!: (e: Error) => void
    this.loaded = new Promise((res, rej) => ((loaded = res), (failed = rej)))
    child.on('message', (m: { id: number; ok: boolean; value?: unknown; error?: string }) => {
      if (m.id === 0) return loaded()
      const p = this.pending.get(m.id)
      this.pending.delete(m.id)
      if (m.ok) p?.resolve(m.value)
      else p?.reject(new Error(m.error))
    })
    this.exited = new Promise((res) =>
      child.on('exit', (code, signal) => {
        failed(new Error(`the main entry ended before it loaded (code ${code}):\n${this.output}`))
        for (const p of this.pending.values()) p.reject(new Error(`the app exited (code ${code}) before answering:\n${this.output}`))
        this.pending.clear()
        res({ code, signal })
      })
    )
  }

  /** Everything the app printed. */
  get log(): string {
    return this.output
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  request<T>(command: string, args?: unknown): Promise<T> {
    if (!this.running) return Promise.reject(new Error(`the app has exited:\n${this.output}`))
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject })
      this.child.send({ id, command, args })
    })
  }

  state(): Promise<StandInState> {
    return this.request('state')
  }

  /** Polls the state until `test` holds (the app works through Electron's event order asynchronously). */
  async until(test: (s: StandInState) => boolean, what: string, timeoutMs = 30_000): Promise<StandInState> {
    const end = Date.now() + timeoutMs
    for (;;) {
      const s = await this.state()
      if (test(s)) return s
      if (Date.now() > end) throw new Error(`stand-in: timed out waiting for ${what}\n${JSON.stringify(s.log.slice(-20))}\n${this.output}`)
      await new Promise((r) => setTimeout(r, 20))
    }
  }

  /** Waits until the window's page has loaded (ready-to-show emitted). */
  ready(): Promise<StandInState> {
    return this.until((s) => s.windows.length > 0 && s.log.some((e) => e.what === 'window.loadURL'), 'the window')
  }

  /** Runs `source` (an async function body) in the page: `nianbao`, `page.on(type, fn)`, `world`. */
  page<T>(source: string): Promise<T> {
    return this.request('page', { source })
  }

  invoke<T>(channel: string, payload: unknown, from: InvokeFrom = 'main-frame'): Promise<T> {
    return this.request('invoke', { channel, payload, from })
  }

  emit(target: 'app' | 'window' | 'webContents', event: string, ...args: unknown[]): Promise<{ prevented: boolean }> {
    return this.request('emit', { target, event, args })
  }

  clickMenu(...path: string[]): Promise<void> {
    return this.request('clickMenu', { path })
  }

  kill(): void {
    if (this.running) this.child.kill('SIGKILL')
  }
}

/** Starts `options.entry` under Node with the stand-in; resolves once the entry has loaded. */
export async function startMain(options: StandInOptions): Promise<StandInApp> {
  const config = { ...options, argv: options.argv ?? [process.execPath, options.entry, ...(options.args ?? [])] }
  const child = fork(join(HERE, 'child.mjs'), [], {
    execArgv: ['--import', join(HERE, 'register.mjs')],
    env: { ...process.env, ...options.env, NIANBAO_STAND_IN: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc']
  })
  const app = new StandInApp(child)
  await app.loaded
  return app
}

// —— the build the stand-in tests load ——

export const BUILT_MAIN = join(ROOT, 'out/main/index.js')
export const BUILT_PRELOAD = join(ROOT, 'out/preload/index.cjs')
const OUTPUTS = [BUILT_MAIN, BUILT_PRELOAD, join(ROOT, 'out/renderer/index.html')]
const INPUTS = ['src', 'scripts/vite', 'electron.vite.config.ts', 'package.json']

function newest(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function isStale(): boolean {
  if (!OUTPUTS.every(existsSync)) return true
  const built = Math.min(...OUTPUTS.map((p) => statSync(p).mtimeMs))
  return Math.max(...INPUTS.map((p) => newest(join(ROOT, p)))) > built
}

/** Builds out/ when it is missing or older than the sources (npm test builds first, so then it is a check). */
export function ensureBuilt(): void {
  if (!isStale()) return
  const lock = join(ROOT, '.tmp/build.lock')
  mkdirSync(join(ROOT, '.tmp'), { recursive: true })
  // Test files run in parallel workers: one builds, the others wait for it.
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock left by a build that died is taken over after two minutes.
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 120_000) rmdirSync(lock)
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200)
    }
  }
  try {
    if (!isStale()) return
    const r = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`electron-vite build failed:\n${r.stdout}\n${r.stderr}`)
  } finally {
    rmdirSync(lock)
  }
}

export function readFinalState(path: string): StandInState {
  return JSON.parse(readFileSync(path, 'utf8')) as StandInState
}
