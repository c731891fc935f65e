import { crc32, deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { decodePixels, shrinkPng } from '../../scripts/png-shrink'

// The screenshot recompressor must be lossless and never make a file bigger.

const SIG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body) >>> 0)
  return Buffer.concat([len, body, crc])
}

function paeth(a: number, b: number, c: number): number {
  const pa = Math.abs(b - c)
  const pb = Math.abs(a - c)
  const pc = Math.abs(a + b - 2 * c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

/** A PNG of the pixels whose rows use filters 0–4 in turn, as encoders like Chromium's mix them. */
function encode(width: number, height: number, bpp: 3 | 4, px: Buffer, colorType = bpp === 4 ? 6 : 2): Buffer {
  const stride = width * bpp
  const raw = Buffer.alloc(height * (stride + 1))
  for (let y = 0; y < height; y++) {
    const f = y % 5
    raw[y * (stride + 1)] = f
    for (let i = 0; i < stride; i++) {
      const x = px[y * stride + i]
      const a = i >= bpp ? px[y * stride + i - bpp] : 0
      const b = y > 0 ? px[(y - 1) * stride + i] : 0
      const c = i >= bpp && y > 0 ? px[(y - 1) * stride + i - bpp] : 0
      const p = [0, a, b, (a + b) >> 1, paeth(a, b, c)][f]
      raw[y * (stride + 1) + 1 + i] = (x - p) & 0xff
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = colorType
  return Buffer.concat([SIG, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))])
}

/** A UI-like picture: flat panels, grid lines and some small glyph-like noise. */
function uiPixels(width: number, height: number, bpp: number): Buffer {
  const px = Buffer.alloc(width * height * bpp)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const line = x % 40 === 0 || y % 24 === 0
      const glyph = (x * 7 + y * 13) % 17 < 3 && x % 40 > 6 && x % 40 < 30 && y % 24 > 6 && y % 24 < 18
      const v = line ? 120 : glyph ? (x * y) % 256 : x < width / 3 ? 245 : 255
      for (let k = 0; k < bpp; k++) px[(y * width + x) * bpp + k] = k === 3 ? 255 : (v + k * 3) & 0xff
    }
  }
  return px
}

describe('shrinkPng', () => {
  it.each([3, 4] as const)('keeps every pixel (bpp %i, rows filtered 0–4) and does not grow the file', (bpp) => {
    const px = uiPixels(160, 90, bpp)
    const png = encode(160, 90, bpp, px)
    expect(decodePixels(png)!.data.equals(px)).toBe(true)
    const small = shrinkPng(png)
    expect(small.length).toBeLessThanOrEqual(png.length)
    const back = decodePixels(small)!
    expect({ w: back.width, h: back.height, bpp: back.bpp }).toEqual({ w: 160, h: 90, bpp })
    expect(back.data.equals(px)).toBe(true)
  })

  it('makes a flat UI picture smaller than a fast filtered encoding', () => {
    const png = encode(300, 200, 3, uiPixels(300, 200, 3))
    expect(shrinkPng(png).length).toBeLessThan(png.length)
  })

  it('refuses what is not a PNG and leaves kinds it does not handle (grey) alone', () => {
    expect(() => shrinkPng(Buffer.from('GIF89a not a png'))).toThrow(/not a PNG/)
    const grey = encode(4, 4, 3, Buffer.alloc(48, 128), 0)
    expect(decodePixels(grey)).toBeUndefined()
    expect(shrinkPng(grey)).toBe(grey)
  })
})
