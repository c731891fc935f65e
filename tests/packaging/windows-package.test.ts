import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { listPackage } from '@electron/asar'
import { NtExecutable, NtExecutableResource, Resource } from 'resedit'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, repoRoot } from '../helpers/built-app'
import { packWithStandIn, type PackedApp } from '../helpers/stand-in-package'

// The Windows x64 app folder the NSIS installer and the portable .exe wrap, packed against a
// stand-in electron.exe (an empty executable with a version resource): the program is named
// 年报助手.exe and carries the product's name, version and icon.

let packed: PackedApp

beforeAll(() => {
  ensureBuilt()
  packed = packWithStandIn('win')
}, 150000)

function resources(): NtExecutableResource {
  return NtExecutableResource.from(NtExecutable.from(readFileSync(packed.executable)))
}

describe('the app packed for Windows x64 (stand-in Electron)', () => {
  it('renames the executable to the product name and keeps the app archive and the two locales', () => {
    expect(existsSync(packed.executable)).toBe(true)
    expect(listPackage(packed.asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'))).toContain('/out/main/index.js')
    expect(readdirSync(join(packed.appDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak'])
  })

  it('writes the product name and version into the executable', () => {
    const [version] = Resource.VersionInfo.fromEntries(resources().entries)
    const strings = version.getStringValues(version.getAllLanguagesForStringValues()[0])
    expect(strings.ProductName).toBe('年报助手')
    expect(strings.FileVersion).toBe(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version)
  })

  it('gives the executable the icon from build/icon.ico', () => {
    const groups = Resource.IconGroupEntry.fromEntries(resources().entries)
    const ico = readFileSync(join(repoRoot, 'build/icon.ico'))
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i])
    expect(groups.map((g) => g.icons.map((i) => i.width))).toContainEqual(sizes)
  })
})
