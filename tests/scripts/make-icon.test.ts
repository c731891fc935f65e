import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { encodeIco, encodePng, ICO_SIZES, renderIcon, SET_SIZES } from '../../scripts/make-icon'
import { repoRoot } from '../helpers/built-app'

// The committed icons are exactly what scripts/make-icon.ts draws, in the shapes the packager reads.

function pngSize(png: Buffer): number {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
  return png.readUInt32BE(16)
}

describe('app icon', () => {
  it('draws an opaque centre and transparent corners', () => {
    const px = renderIcon(32)
    expect(px[(16 * 32 + 16) * 4 + 3]).toBe(255)
    expect(px[3]).toBe(0)
  })

  it('commits the Linux icon set as the script draws it', () => {
    for (const size of SET_SIZES) {
      const file = readFileSync(join(repoRoot, 'build/icons', `${size}x${size}.png`))
      expect(pngSize(file)).toBe(size)
      expect(file.equals(encodePng(size, renderIcon(size)))).toBe(true)
    }
  })

  it('commits a Windows .ico with 16, 32, 48 and 256 px images (the last one PNG)', () => {
    const ico = readFileSync(join(repoRoot, 'build/icon.ico'))
    expect(ico.readUInt16LE(2)).toBe(1)
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length)
    const sizes = ICO_SIZES.map((_, i) => ico[6 + 16 * i] || 256)
    expect(sizes).toEqual(ICO_SIZES)
    const last = 6 + 16 * (ICO_SIZES.length - 1)
    const png = ico.subarray(ico.readUInt32LE(last + 12), ico.readUInt32LE(last + 12) + ico.readUInt32LE(last + 8))
    expect(pngSize(png)).toBe(256)
    expect(inflateSync(png.subarray(41, 41 + png.readUInt32BE(33))).length).toBe(256 * (256 * 4 + 1))
    expect(encodeIco([{ size: 16, data: Buffer.from('x') }]).length).toBe(6 + 16 + 1)
  })
})
