import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { deflateSync } from 'node:zlib'
import { writeChunk as chunk } from './png-shrink'

// The app icon, drawn from shapes so no image tool or font is needed: a red square with rounded
// corners holding a white sheet with a ruled table (the report's tables). Writes build/icons/NxN.png
// (the Linux icon set) and build/icon.ico (Windows: 16–48 px as bitmaps, 256 px as PNG).
// Run: npx tsx scripts/make-icon.ts

type Rgba = [number, number, number, number]
const RED: Rgba = [196, 30, 42, 255]
const WHITE: Rgba = [255, 255, 255, 255]
const RULE: Rgba = [196, 30, 42, 255]
const HEADER: Rgba = [232, 176, 60, 255]

interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
  r: number
}

/** Whether a point (unit square coordinates) is inside a rounded rectangle. */
function inRounded(x: number, y: number, { x0, y0, x1, y1, r }: Rect): boolean {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

/** The colour at a point of the unit square, or null for transparent. */
function colourAt(x: number, y: number): Rgba | null {
  if (!inRounded(x, y, { x0: 0.04, y0: 0.04, x1: 0.96, y1: 0.96, r: 0.18 })) return null
  const sheet = { x0: 0.22, y0: 0.17, x1: 0.78, y1: 0.83, r: 0.04 }
  if (!inRounded(x, y, sheet)) return RED
  if (y < 0.3) return HEADER
  const line = 0.022
  const rows = [0.44, 0.57, 0.7]
  const cols = [0.41, 0.59]
  if (rows.some((r) => Math.abs(y - r) < line / 2)) return RULE
  if (y > 0.3 && cols.some((c) => Math.abs(x - c) < line / 2)) return RULE
  return WHITE
}

/** RGBA pixels of the icon at a size, 4×4 supersampled for smooth edges. */
export function renderIcon(size: number): Buffer {
  const out = Buffer.alloc(size * size * 4)
  const n = 4
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0]
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size)
          if (!c) continue
          for (let i = 0; i < 3; i++) sum[i] += c[i] * c[3]
          sum[3] += c[3]
        }
      }
      const o = (py * size + px) * 4
      const a = sum[3] / (n * n)
      for (let i = 0; i < 3; i++) out[o + i] = sum[3] ? Math.round(sum[i] / sum[3]) : 0
      out[o + 3] = Math.round(a)
    }
  }
  return out
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4)
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

/** A classic ICO bitmap entry: BITMAPINFOHEADER, bottom-up BGRA rows, then an all-zero AND mask. */
function icoBitmap(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(40)
  header.writeUInt32LE(40, 0)
  header.writeInt32LE(size, 4)
  header.writeInt32LE(size * 2, 8) // colour rows plus mask rows
  header.writeUInt16LE(1, 12)
  header.writeUInt16LE(32, 14)
  const pixels = Buffer.alloc(size * size * 4)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const s = ((size - 1 - y) * size + x) * 4
      const d = (y * size + x) * 4
      pixels.set([rgba[s + 2], rgba[s + 1], rgba[s], rgba[s + 3]], d)
    }
  }
  const maskRow = Math.ceil(size / 32) * 4
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)])
}

export function encodeIco(images: { size: number; data: Buffer }[]): Buffer {
  const dir = Buffer.alloc(6 + 16 * images.length)
  dir.writeUInt16LE(1, 2) // type: icon
  dir.writeUInt16LE(images.length, 4)
  let offset = dir.length
  images.forEach(({ size, data }, i) => {
    const e = 6 + 16 * i
    dir[e] = size >= 256 ? 0 : size
    dir[e + 1] = size >= 256 ? 0 : size
    dir.writeUInt16LE(1, e + 4)
    dir.writeUInt16LE(32, e + 6)
    dir.writeUInt32LE(data.length, e + 8)
    dir.writeUInt32LE(offset, e + 12)
    offset += data.length
  })
  return Buffer.concat([dir, ...images.map((i) => i.data)])
}

export const SET_SIZES = [16, 32, 48, 64, 128, 256, 512]
export const ICO_SIZES = [16, 32, 48, 256]

function main(): void {
  const root = resolve(import.meta.dirname, '..')
  mkdirSync(join(root, 'build', 'icons'), { recursive: true })
  for (const size of SET_SIZES) writeFileSync(join(root, 'build', 'icons', `${size}x${size}.png`), encodePng(size, renderIcon(size)))
  const ico = encodeIco(ICO_SIZES.map((size) => ({ size, data: size >= 256 ? encodePng(size, renderIcon(size)) : icoBitmap(size, renderIcon(size)) })))
  writeFileSync(join(root, 'build', 'icon.ico'), ico)
  console.log(`build/icons/{${SET_SIZES.join(',')}}.png, build/icon.ico (${ico.length} bytes)`)
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main()
