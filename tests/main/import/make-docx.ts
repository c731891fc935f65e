import { strToU8, zipSync } from 'fflate'

// Minimal .docx packages for unit tests of the reader's structural handling (merges, content
// controls, tracked changes) and of hostile inputs. The real-document fixtures are in tests/fixtures.

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

export function documentXml(body: string, prolog = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'): string {
  return `${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`
}

export function docxBytes(xml: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml), ...extra })
}

export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

export function tc(text: string, props = ''): string {
  return `<w:tc><w:tcPr>${props}</w:tcPr>${text.split('\n').map(p).join('')}</w:tc>`
}

export const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`
export const tbl = (rows: string) => `<w:tbl>${rows}</w:tbl>`
