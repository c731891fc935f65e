import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

// "The machine under moderate load" for the editor bench: a background process busy about half
// of one core (spinning 50 ms, then idle 50 ms), started for a run and stopped after it. What it
// actually used is read back from /proc, so the figure printed says what the load was.

const SPIN = `const busy = ${50}, idle = ${50};
const tick = () => { const end = Date.now() + busy; while (Date.now() < end) {} ; setTimeout(tick, idle) };
tick()`

/** CPU seconds (user + system) a process has used, from /proc (Linux); undefined elsewhere. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    // utime and stime are fields 14 and 15 of the whole line (11 and 12 after the name), in clock ticks.
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return undefined
  }
}

export interface Load {
  /** Stops the load; resolves with the share of one core it used while it ran (0–1), if known. */
  stop: () => Promise<number | undefined>
}

export async function startModerateLoad(): Promise<Load> {
  const child: ChildProcess = spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' })
  // Past node's own start-up before measuring what the spinning uses.
  await new Promise((r) => setTimeout(r, 300))
  const t0 = Date.now()
  const cpu0 = child.pid ? cpuSeconds(child.pid) : undefined
  return {
    stop: async () => {
      const cpu1 = child.pid ? cpuSeconds(child.pid) : undefined
      const wall = (Date.now() - t0) / 1000
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill()
      await exited
      return cpu0 === undefined || cpu1 === undefined || wall <= 0 ? undefined : (cpu1 - cpu0) / wall
    }
  }
}
