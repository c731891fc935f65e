import { readFileSync } from 'node:fs'

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
