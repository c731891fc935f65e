import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { repoRoot } from './built-app'

// Packs the app for Linux x64 (`--dir`, unpacked) with electron-builder and the project's own
// configuration, against a stand-in Electron distribution: everything is real but the binary.

export const STAND_IN_LOCALES = ['en-US', 'zh-CN', 'fr', 'de', 'ja']

/** A folder shaped like an unzipped Electron for Linux, whose `electron` only prints a line. */
function standInElectron(dir: string): string {
  const dist = join(dir, 'electron-dist')
  mkdirSync(join(dist, 'resources'), { recursive: true })
  mkdirSync(join(dist, 'locales'))
  for (const l of STAND_IN_LOCALES) writeFileSync(join(dist, 'locales', `${l}.pak`), l)
  writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in electron $@"\n')
  chmodSync(join(dist, 'electron'), 0o755)
  writeFileSync(join(dist, 'LICENSE'), 'stand-in licence')
  writeFileSync(join(dist, 'version'), '45.5.0')
  return dist
}

export interface PackedApp {
  /** The unpacked app folder (what the .deb and AppImage would contain). */
  appDir: string
  asar: string
  log: string
}

export function packWithStandIn(): PackedApp {
  const dir = mkdtempSync(join(tmpdir(), 'nb-pack-'))
  const dist = standInElectron(dir)
  const output = join(dir, 'dist')
  const bin = join(repoRoot, 'node_modules/electron-builder/cli.js')
  const args = [bin, '--linux', 'dir', '--x64', `-c.electronDist=${dist}`, `-c.directories.output=${output}`, '--publish', 'never']
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: '1' } })
  const log = `${r.stdout}\n${r.stderr}`
  if (r.status !== 0) throw new Error(`electron-builder failed:\n${log}`)
  const appDir = join(output, 'linux-unpacked')
  return { appDir, asar: join(appDir, 'resources', 'app.asar'), log }
}
