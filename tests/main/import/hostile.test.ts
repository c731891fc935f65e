import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { importFile, MAX_IMPORT_BYTES } from '../../../src/main/import'
import { MAX_XML_ELEMENTS } from '../../../src/main/import/xml'
import { ImportError } from '../../../src/shared/import/types'
import { docxBytes, documentXml, p } from './make-docx'

// Broken, hostile and unrelated files end in a clear Chinese ImportError, never a crash or a hang.
// Every input here is bounded in size, so each case finishes quickly by construction.

const FIXTURES = resolve(__dirname, '../../fixtures')
const fixture = (name: string) => new Uint8Array(readFileSync(resolve(FIXTURES, name)))

/** A small deterministic PRNG so failures reproduce. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

async function outcome(bytes: Uint8Array): Promise<'ok' | ImportError> {
  try {
    await importFile(bytes, 'input')
    return 'ok'
  } catch (e) {
    if (e instanceof ImportError) return e
    throw e // anything else is a crash: the test fails
  }
}

async function expectImportError(bytes: Uint8Array, message: RegExp): Promise<void> {
  const r = await outcome(bytes)
  expect(r).toBeInstanceOf(ImportError)
  expect((r as ImportError).message).toMatch(message)
  expect((r as ImportError).message).toMatch(/[\u4e00-\u9fff]/)
}

describe('files that are not reports', () => {
  it('an empty file', () => expectImportError(new Uint8Array(0), /空的/))
  it('whitespace only', () => expectImportError(strToU8('  \n\n '), /空的/))
  it('random bytes', async () => {
    const next = rng(1)
    for (const size of [1, 7, 100, 5000, 100_000]) {
      const bytes = Uint8Array.from({ length: size }, () => Math.floor(next() * 256))
      await expectImportError(bytes, /.+/)
    }
  })
  it('an unrelated text', () => expectImportError(strToU8('会议纪要\n今天讨论了午餐安排。\n'), /没有找到政府信息公开工作年度报告的内容/))
  it('an unrelated web page', () => expectImportError(strToU8('<html><body><p>欢迎访问</p></body></html>'), /没有找到/))
  it('a zip that is not a Word document', () => expectImportError(zipSync({ 'xl/workbook.xml': strToU8('<x/>') }), /不是Word文档/))
  it('broken JSON', () => expectImportError(strToU8('{ "schema": "nianbao/report@1", '), /JSON/))
  it('a file over the size limit', () => expectImportError(new Uint8Array(MAX_IMPORT_BYTES + 1), /过大/))
})

describe('damaged Word files', () => {
  it('a .docx truncated anywhere', async () => {
    const bytes = fixture('official-2021-filled.docx')
    for (const frac of [0.05, 0.2, 0.5, 0.8, 0.95, 0.999]) {
      await expectImportError(bytes.subarray(0, Math.floor(bytes.length * frac)), /损坏|无法|不是/)
    }
  })

  it('a .docx with bytes changed at random reads or fails cleanly', async () => {
    const bytes = fixture('official-2021-filled.docx')
    const next = rng(42)
    for (let i = 0; i < 30; i++) {
      const copy = bytes.slice()
      for (let k = 0; k < 8; k++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256)
      await outcome(copy)
    }
  })

  it('a .doc truncated or changed reads or fails cleanly', async () => {
    const bytes = fixture('official-2021-filled.doc')
    for (const frac of [0.1, 0.5, 0.9]) {
      const r = await outcome(bytes.subarray(0, Math.floor(bytes.length * frac)))
      if (r !== 'ok') expect(r.message).toMatch(/Word|损坏|没有找到/)
    }
    const next = rng(7)
    for (let i = 0; i < 15; i++) {
      const copy = bytes.slice()
      for (let k = 0; k < 8; k++) copy[Math.floor(next() * copy.length)] = Math.floor(next() * 256)
      await outcome(copy)
    }
  })

  it('a password-protected Office file', async () => {
    const ole = new Uint8Array(2048)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    ole.set(Buffer.from('EncryptedPackage', 'utf16le'), 1024)
    await expectImportError(ole, /加密/)
  })

  it('an old Office file that is not a Word document', async () => {
    // A sound compound file whose main stream is a workbook's, not a Word document's.
    const ole = fixture('official-2021-filled.doc')
    const at = Buffer.from(ole.buffer, ole.byteOffset, ole.byteLength).indexOf(Buffer.from('WordDocument', 'utf16le'))
    ole.set(Buffer.from('Workbook\0\0\0\0', 'utf16le'), at)
    new DataView(ole.buffer, ole.byteOffset).setUint16(at + 64, 18, true)
    await expectImportError(ole, /不是Word文档/)
  })

  it('a .doc cut short, or whose structure is forged, is said to be damaged before word-extractor reads it', async () => {
    const doc = fixture('official-2021-filled.doc')
    for (const size of [600, 16 * 1024, 32 * 1024, 48 * 1024, doc.length - 512]) {
      await expectImportError(doc.slice(0, size), /已损坏|不完整|被截断/)
    }
    const forged = (edit: (v: DataView) => void) => {
      const copy = doc.slice()
      edit(new DataView(copy.buffer, copy.byteOffset, copy.byteLength))
      return copy
    }
    await expectImportError(forged((v) => v.setUint16(30, 30, true)), /扇区大小不正确/)
    await expectImportError(forged((v) => v.setInt32(44, 4 * 1024 * 1024, true)), /分配表大小超过了文件本身/)
  })
})

describe('hostile .docx', () => {
  it('refuses an entity-expansion document ("billion laughs")', async () => {
    const prolog = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    await expectImportError(docxBytes(documentXml(p('&lol2;'), prolog)), /DOCTYPE/)
  })

  it('refuses an external entity', async () => {
    const prolog = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    await expectImportError(docxBytes(documentXml(p('&xxe;'), prolog)), /DOCTYPE/)
  })

  it('refuses an undefined entity', () => expectImportError(docxBytes(documentXml(p('&xxe;'))), /实体/))

  it('refuses malformed XML', () => expectImportError(docxBytes(documentXml('<w:p><w:r></w:p>')), /损坏|不匹配/))

  it('refuses absurd nesting', () => expectImportError(docxBytes(documentXml('<w:sdt>'.repeat(5000) + '</w:sdt>'.repeat(5000))), /嵌套过深/))

  it('refuses a flood of runs once it builds more elements than a document of the byte limit would', async () => {
    const runs = '<w:r><w:t>1</w:t></w:r>'.repeat(MAX_XML_ELEMENTS / 2 + 1)
    await expectImportError(docxBytes(documentXml(`<w:p>${runs}</w:p>`)), /元素过多（超过10万个）/)
  })

  it('refuses a zip bomb by its declared size', async () => {
    // 80 MB of spaces compress to a few kilobytes.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024).fill(0x20) }, { level: 9 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await expectImportError(bomb, /过大|压缩炸弹/)
  })

  it('refuses a zip bomb that lies about its size', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(80 * 1024 * 1024).fill(0x20) }, { level: 9 })
    // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24).
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength)
    view.setUint32(22, 1000, true)
    const cd = bomb.length - 22 - view.getUint32(bomb.length - 22 + 12, true)
    view.setUint32(cd + 24, 1000, true)
    const r = await outcome(bomb)
    expect(r).toBeInstanceOf(ImportError)
  })

  it('refuses a zip with thousands of entries', async () => {
    const files: Record<string, Uint8Array> = {}
    for (let i = 0; i < 2500; i++) files[`f${i}.xml`] = strToU8('x')
    await expectImportError(zipSync(files, { level: 0 }), /过多/)
  })
})

describe('other document kinds', () => {
  it('RTF and PDF are named and the user told what to do', async () => {
    await expectImportError(strToU8('{\\rtf1\\ansi 某局2021年报告}'), /RTF.*另存为\.docx/)
    await expectImportError(strToU8('%PDF-1.7\n%âãÏÓ\n'), /PDF/)
  })

  it('reads a UTF-16 text file (Windows Notepad "Unicode")', async () => {
    const text = '某县某局2021年度政府信息公开工作年度报告\n一、总体情况\n概述。\n五、存在的主要问题及改进情况\n无\n'
    for (const bom of ['le', 'be'] as const) {
      const body = Buffer.from(text, 'utf16le')
      if (bom === 'be') body.swap16()
      const bytes = new Uint8Array([...(bom === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body])
      const r = await importFile(bytes, 'notepad.txt')
      expect([r.report.agency, r.report.year, r.report.text.overview]).toEqual(['某县某局', 2021, '概述。'])
    }
  })
})

describe('huge tables', () => {
  it('a web page table with 100 000 cells ends in a result or a clear error', async () => {
    const cells = '<td>1</td>'.repeat(100_000)
    const html = `<html><body><p>某局2021年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table><tr><td>一、本年新收政府信息公开申请数量</td>${cells}</tr></table></body></html>`
    const r = await outcome(strToU8(html))
    if (r !== 'ok') expect(r.message).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('huge text', () => {
  it('a text file of 100 000 lines under a table heading is read in bounded work', async () => {
    const text = ['某局2021年政府信息公开工作年度报告', '一、总体情况', '概述。', '三、收到和处理政府信息公开申请情况', ...Array.from({ length: 100_000 }, (_, i) => (i % 8 === 0 ? '（一）予以公开' : '1'))].join('\n')
    const r = await importFile(strToU8(text), 'big.txt')
    expect(r.problems.some((p) => p.message.includes('内容过长'))).toBe(true)
  })

  it('a text of more characters than any report is refused', () => expectImportError(strToU8('年'.repeat(1_600_000)), /文字过多/))
})
