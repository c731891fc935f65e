import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

// Tests that need the built app (out/) use the one `npm test` builds before the unit tests; a
// targeted `npx vitest run` on a fresh checkout builds it here once.

export const repoRoot = resolve(import.meta.dirname, '../..')

export function ensureBuilt(): void {
  if (existsSync(join(repoRoot, 'out/main/index.js')) && existsSync(join(repoRoot, 'out/preload/index.cjs'))) return
  const bin = join(repoRoot, 'node_modules/electron-vite/bin/electron-vite.js')
  const r = spawnSync(process.execPath, [bin, 'build'], { cwd: repoRoot, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`electron-vite build failed:\n${r.stdout}\n${r.stderr}`)
}
