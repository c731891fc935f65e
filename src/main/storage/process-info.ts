import { execFile } from 'node:child_process'
import { readFileSync, readlinkSync } from 'node:fs'
import { basename } from 'node:path'

// Facts about a running process that the folder lock relies on.

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * When the process started, in the OS's own units (Linux: clock ticks since boot, field 22 of
 * /proc/<pid>/stat), so a PID reused by another program is told apart. Null elsewhere.
 */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[19] ?? null
  } catch {
    return null
  }
}

/** The image name in `tasklist /FO CSV /NH` output for pid, or null (no such task, or a message). */
export function nameFromTasklist(out: string, pid: number): string | null {
  for (const line of out.split(/\r?\n/)) {
    const m = /^"([^"]+)","(\d+)"/.exec(line)
    if (m && Number(m[2]) === pid) return m[1]
  }
  return null
}

/** The program's file name in `ps -o comm=` output (macOS prints the path), or null. */
export function nameFromPs(out: string): string | null {
  const line = out.trim()
  return line === '' ? null : basename(line)
}

const run = (file: string, args: string[]) =>
  new Promise<string | null>((resolve) => {
    // latin1: the bytes as they come (tasklist writes the console's code page); only compared
    // with what the same call says of our own process, never shown.
    execFile(file, args, { encoding: 'latin1', timeout: 5_000, windowsHide: true }, (err, out) => resolve(err ? null : out))
  })

/**
 * The file name of the program running under pid, the same way on every OS for our own PID and
 * another's: with the start time (Linux only), the proof that a live PID is still the nianbao that
 * wrote a lock. Linux reads /proc; Windows asks tasklist and macOS ps (one short process, only
 * when a lock is found or taken). Null when it cannot be told (another user's process, no tool).
 */
export async function processNameOf(pid: number, platform: NodeJS.Platform = process.platform): Promise<string | null> {
  if (!(pid > 0)) return null
  try {
    // A program file replaced while it runs (an update) reads "node (deleted)": still the same program.
    if (platform === 'linux') return basename(readlinkSync(`/proc/${pid}/exe`)).replace(/ \(deleted\)$/, '')
    if (platform === 'win32') {
      const out = await run('tasklist', ['/FI', `PID eq ${pid}`, '/FO', 'CSV', '/NH'])
      return out === null ? null : nameFromTasklist(out, pid)
    }
    const out = await run('ps', ['-p', String(pid), '-o', 'comm='])
    return out === null ? null : nameFromPs(out)
  } catch {
    return null
  }
}
