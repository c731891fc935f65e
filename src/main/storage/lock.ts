import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import { join, resolve } from 'node:path'
import { HEARTBEAT_MS, judgeLock, readLockText, type FoundLock, type LockRecord } from './lock-record'
import { isAlive, processNameOf, processStartOf } from './process-info'

// One app instance per data folder: two writers renaming over the same files would race and lose
// saves. Electron's single-instance lock covers the desktop app; this file lock also covers the
// web bridge, the CLI and a second copy started with another user-data path on the same folder.
// The lock proves it is a running nianbao's (process start time on Linux, the program's name
// elsewhere, a heartbeat), so one left by a crash never keeps the user out; when that cannot be
// told, the user is asked (confirmTakeover).

export class StorageLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
    detail = '请先关闭另一个窗口，再打开。如果您确定没有其他年报助手在运行，请等一分钟后再打开。'
  ) {
    super(`数据文件夹“${dir}”正被另一个年报助手（进程 ${pid}）使用。${detail}`)
    this.name = 'StorageLockedError'
  }
}

/** What the user is asked when the lock's owner cannot be told (see judgeLock's 'doubt'). */
export interface TakeoverQuestion {
  dir: string
  pid: number | null
  title: string
  message: string
  detail: string
  proceed: string
  quit: string
}

export function takeoverQuestion(dir: string, pid: number | null): TakeoverQuestion {
  return {
    dir,
    pid,
    title: '数据文件夹可能正被使用',
    message: `数据文件夹“${dir}”可能正被另一个年报助手${pid ? `（进程 ${pid}）` : ''}使用。`,
    detail:
      '上次使用它的年报助手可能没有正常关闭（例如死机或断电），也可能仍开着。\n' +
      '如果您确定没有其他年报助手窗口开着，请选择“继续打开”；否则请选择“退出”，先关闭另一个窗口再打开，以免两边同时保存时丢失内容。',
    proceed: '继续打开',
    quit: '退出'
  }
}

export interface LockOptions {
  /** Asked when the lock's owner cannot be told apart; true takes the folder over. */
  confirmTakeover?: (question: TakeoverQuestion) => Promise<boolean>
  heartbeatMs?: number
  staleMs?: number
}

export interface DirLock {
  release(): Promise<void>
}

const heldInThisProcess = new Set<string>()

let ownStart: string | null | undefined

function record(token: string, name: string | null): LockRecord {
  ownStart ??= processStartOf(process.pid)
  return { app: 'nianbao', pid: process.pid, token, processStart: ownStart, name, heartbeat: Date.now() }
}

/** The program under a lock's PID, asked only when the start time cannot tell (not Linux). */
async function nameToJudge(found: FoundLock): Promise<string | null> {
  if (found.kind !== 'record' || found.record.name === null || found.record.pid === process.pid || !isAlive(found.record.pid)) return null
  if (found.record.processStart !== null && processStartOf(found.record.pid) !== null) return null
  return processNameOf(found.record.pid)
}

export async function acquireDirLock(dir: string, options: LockOptions = {}): Promise<DirLock> {
  const key = resolve(dir)
  const path = join(key, 'nianbao.lock')
  if (heldInThisProcess.has(key)) throw new StorageLockedError(key, process.pid)
  const token = randomUUID()
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await fs.writeFile(path, JSON.stringify(record(token, null)), { flag: 'wx' })
      heldInThisProcess.add(key)
      return holding(key, path, token, options.heartbeatMs ?? HEARTBEAT_MS)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e
      const found = readLockText(await fs.readFile(path, 'utf8').catch(() => ''))
      const name = await nameToJudge(found)
      const verdict = judgeLock(found, { ownPid: process.pid, now: Date.now(), alive: isAlive, startOf: processStartOf, nameOf: () => name, staleMs: options.staleMs })
      const pid = found.kind === 'record' ? found.record.pid : found.kind === 'legacy' ? found.pid : null
      if (verdict === 'held') throw new StorageLockedError(key, pid ?? -1)
      if (verdict === 'doubt' && !(await options.confirmTakeover?.(takeoverQuestion(key, pid)))) {
        throw new StorageLockedError(key, pid ?? -1, '未打开。请先关闭另一个年报助手窗口，再打开。')
      }
      // Abandoned (crash, power cut, a reused PID) or the user's choice: take it over.
      await fs.unlink(path).catch(() => undefined)
    }
  }
  throw new StorageLockedError(key, -1)
}

function holding(key: string, path: string, token: string, heartbeatMs: number): DirLock {
  const ours = async () => {
    const found = readLockText(await fs.readFile(path, 'utf8').catch(() => ''))
    return found.kind === 'record' && found.record.token === token
  }
  let name: string | null = null
  let released = false
  // Rewritten whole (temporary file, then rename) so a reader never sees half a lock.
  const beat = async () => {
    if (!(await ours()) || released) return
    const temp = `${path}.${process.pid}.tmp`
    await fs.writeFile(temp, JSON.stringify(record(token, name)))
    await fs.rename(temp, path)
  }
  let beating: Promise<void> = Promise.resolve()
  const timer = setInterval(() => {
    beating = beat().catch(() => undefined)
  }, heartbeatMs)
  timer.unref()
  // The program's name may take a short process to learn (tasklist, ps): written by one extra beat.
  void processNameOf(process.pid).then((n) => {
    name = n
    if (n !== null && !released) beating = beating.then(beat).catch(() => undefined)
  })
  return {
    async release() {
      released = true
      clearInterval(timer)
      await beating // a beat under way would otherwise write the lock back after it is removed
      heldInThisProcess.delete(key)
      if (await ours()) await fs.unlink(path).catch(() => undefined)
    }
  }
}
