import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// Starts `serve:web` (the built renderer + the real main-process handlers) on a free port with a
// fresh data folder and a folder the test file chooser may pick from. Shared by every e2e spec.

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url))

export interface WebApp {
  url: string
  port: number
  dataDir: string
  /** Files the test chooser may open or save to. */
  filesDir: string
  /** Sets what the next "open file" dialog chooses (a path inside filesDir). */
  nextOpen(path: string): Promise<void>
  /** Sets what the next "save file" dialog chooses (a path inside filesDir). */
  nextSave(path: string): Promise<void>
  /** What the page asked the main side to open (打开文件 / 打开所在文件夹), oldest first. */
  shellRequests(): Promise<{ action: 'openPath' | 'showItemInFolder'; path: string }[]>
  /** Sets what the next "choose folder" dialog chooses (a folder inside filesDir). */
  nextFolder(path: string): Promise<void>
  /** As a double-click on a report would: the app is asked to open this file (inside filesDir). */
  openFile(path: string): Promise<void>
  /** Stops the server (storage closed cleanly); the data folder stays. */
  stop(): Promise<void>
  /** Stops the server and deletes its folders. */
  dispose(): Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number }
      srv.close(() => resolvePort(port))
    })
    srv.on('error', reject)
  })
}

export interface StartOptions {
  /** Reuse a data folder (e.g. to check persistence across a restart). */
  dataDir?: string
  filesDir?: string
}

export async function startWebApp(options: StartOptions = {}): Promise<WebApp> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('out/renderer is missing: run npm run build first')
  const base = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'))
  const dataDir = options.dataDir ?? join(base, 'data')
  const filesDir = options.filesDir ?? join(base, 'files')
  mkdirSync(filesDir, { recursive: true })
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/web/serve.ts', '--port', String(port), '--data', dataDir, '--files', filesDir], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  await waitForListening(child, port)
  const url = `http://127.0.0.1:${port}`
  const chooser = async (kind: 'next-open' | 'next-save' | 'next-folder' | 'open-file', path: string) => {
    const res = await fetch(`${url}/__test/${kind}`, { method: 'POST', body: JSON.stringify({ path }) })
    if (!res.ok) throw new Error(`test chooser refused ${path}: ${await res.text()}`)
  }
  const stop = async () => {
    if (child.exitCode !== null) return
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await exited
  }
  return {
    url,
    port,
    dataDir,
    filesDir,
    nextOpen: (path) => chooser('next-open', path),
    nextSave: (path) => chooser('next-save', path),
    async shellRequests() {
      const res = await fetch(`${url}/__test/shell`)
      if (!res.ok) throw new Error(`shell record refused: ${await res.text()}`)
      return ((await res.json()) as { requests: { action: 'openPath' | 'showItemInFolder'; path: string }[] }).requests
    },
    nextFolder: (path) => chooser('next-folder', path),
    openFile: (path) => chooser('open-file', path),
    stop,
    async dispose() {
      await stop()
      rmSync(base, { recursive: true, force: true })
    }
  }
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    let log = ''
    const timer = setTimeout(() => reject(new Error(`serve:web did not start on ${port}:\n${log}`)), 30_000)
    const onData = (d: Buffer) => {
      log += d.toString()
      if (log.includes('nianbao web:')) {
        clearTimeout(timer)
        resolveReady()
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()))
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`serve:web exited (${code}):\n${log}`))
    })
  })
}
