import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { useHarness } from './harness'

// files:exportImage: the page sends a PNG and a suggested name; the file goes where the save
// dialog says, and nothing else (not a path, not other bytes) is accepted.

const harness = useHarness()

/** A real 1×1 PNG, built here so the test does not depend on a fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (b: Buffer) => {
    let c = 0xffffffff
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

describe('files:exportImage', () => {
  it('saves the PNG where the dialog chose, suggesting a safe name with .png', async () => {
    const asked: { name: string; kind: string }[] = []
    let target = ''
    const h = await harness({
      dialogs: {
        chooseOpenPath: async () => null,
        chooseSavePath: async (name, kind) => {
          asked.push({ name, kind })
          return target
        }
      }
    })
    target = join(h.dir, 'chart.png')
    const png = tinyPng()
    const r = await h.call('files:exportImage', { name: '2020—2022年某局/主要数据', pngBase64: png.toString('base64') })
    // The image can be opened after, like an exported report (by token, never by path).
    expect(r.value).toEqual({ saved: true, path: target, openToken: expect.any(String) })
    expect(asked).toEqual([{ name: '2020—2022年某局_主要数据.png', kind: 'png' }])
    expect(readFileSync(target).equals(png)).toBe(true)
  })

  it('a canceled dialog saves nothing', async () => {
    const h = await harness()
    expect((await h.call('files:exportImage', { name: '图', pngBase64: tinyPng().toString('base64') })).value).toEqual({ saved: false })
  })

  it('refuses bytes that are not a PNG, data that is not base64, and a path sent by the page', async () => {
    const h = await harness()
    h.chosen.save = join(h.dir, 'x.png')
    const notPng = await h.call('files:exportImage', { name: '图', pngBase64: Buffer.from('<svg>not a png</svg>').toString('base64') })
    expect(notPng.error.code).toBe('invalid-request')
    expect(notPng.error.message).toMatch(/不是 PNG/)
    expect((await h.call('files:exportImage', { name: '图', pngBase64: 'not base64!' })).error.code).toBe('invalid-request')
    const withPath = await h.call('files:exportImage', { name: '图', pngBase64: tinyPng().toString('base64'), path: '/tmp/evil.png' })
    expect(withPath.error.code).toBe('invalid-request')
    expect(existsSync(h.chosen.save)).toBe(false)
  })
})
