import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NtExecutable, NtExecutableResource, Resource } from 'resedit'
import { repoRoot } from './built-app'

// Packs the app unpacked (`--dir`) with electron-builder and the project's own configuration,
// against a given Electron folder (`electronDist`): the real one where a binary exists, else a
// stand-in, so that everything but the binary is what the installers ship.

export type TargetOs = 'linux' | 'win'

export const STAND_IN_LOCALES = ['en-US', 'zh-CN', 'fr', 'de', 'ja']

/** An empty Windows executable with the version resource electron-builder rewrites in Electron's. */
function standInExe(): Buffer {
  const exe = NtExecutable.createEmpty(true, false)
  const res = NtExecutableResource.from(exe)
  const version = Resource.VersionInfo.createEmpty()
  version.lang = 1033
  version.setFileVersion(45, 5, 0, 0)
  version.setStringValues({ lang: 1033, codepage: 1200 }, { ProductName: 'Electron', FileDescription: 'Electron' })
  version.outputToResourceEntries(res.entries)
  res.outputResource(exe)
  return Buffer.from(exe.generate())
}

/** A folder shaped like an unzipped Electron, whose executable does nothing. */
function standInElectron(dir: string, os: TargetOs): string {
  const dist = join(dir, 'electron-dist')
  mkdirSync(join(dist, 'resources'), { recursive: true })
  mkdirSync(join(dist, 'locales'))
  for (const l of STAND_IN_LOCALES) writeFileSync(join(dist, 'locales', `${l}.pak`), l)
  if (os === 'win') {
    writeFileSync(join(dist, 'electron.exe'), standInExe())
  } else {
    writeFileSync(join(dist, 'electron'), '#!/bin/sh\necho "stand-in electron $@"\n')
    chmodSync(join(dist, 'electron'), 0o755)
  }
  writeFileSync(join(dist, 'LICENSE'), 'stand-in licence')
  writeFileSync(join(dist, 'version'), '45.5.0')
  return dist
}

export interface PackedApp {
  /** The unpacked app folder (what the installers contain). */
  appDir: string
  asar: string
  /** The app's executable, renamed from Electron's. */
  executable: string
  log: string
}

function runBuilder(os: TargetOs, arch: string, electronDist: string, dir: string): PackedApp {
  const output = join(dir, 'dist')
  const bin = join(repoRoot, 'node_modules/electron-builder/cli.js')
  const args = [bin, `--${os}`, 'dir', `--${arch}`, `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`, '--publish', 'never']
  const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, CI: '1' } })
  const log = `${r.stdout}\n${r.stderr}`
  if (r.status !== 0) throw new Error(`electron-builder failed:\n${log}`)
  const appDir = join(output, `${os}${arch === 'arm64' ? '-arm64' : ''}-unpacked`)
  const executable = join(appDir, os === 'win' ? '年报助手.exe' : 'nianbao')
  return { appDir, asar: join(appDir, 'resources', 'app.asar'), executable, log }
}

/** Packs for this machine (Linux or Windows, its architecture) against a real Electron folder. */
export function packApp(electronDist: string): PackedApp {
  return runBuilder(process.platform === 'win32' ? 'win' : 'linux', process.arch, electronDist, mkdtempSync(join(tmpdir(), 'nb-pack-')))
}

/** Packs for Linux or Windows x64 against a stand-in Electron. */
export function packWithStandIn(os: TargetOs = 'linux'): PackedApp {
  const dir = mkdtempSync(join(tmpdir(), 'nb-pack-'))
  return runBuilder(os, 'x64', standInElectron(dir, os), dir)
}
