// What a file is, from its first bytes (never from its name).

export type SniffedKind = 'zip' | 'ole' | 'rtf' | 'pdf' | 'json' | 'html' | 'text' | 'binary' | 'empty'

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

export function sniff(bytes: Uint8Array): SniffedKind {
  if (bytes.length === 0) return 'empty'
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return 'zip'
  if (OLE.every((b, i) => bytes[i] === b)) return 'ole'
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const head = utf16 ? utf16Head(bytes) : new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  const start = head.replace(/^(\xEF\xBB\xBF|\uFEFF)/, '').trimStart()
  if (start === '') return 'empty'
  if (start.startsWith('{\\rtf')) return 'rtf'
  if (start.startsWith('%PDF')) return 'pdf'
  if (start.startsWith('{')) return 'json'
  if (start.startsWith('<')) return /<html|<!doctype html|<table|<meta|<body|<div|<p[\s>]/i.test(head) ? 'html' : 'binary'
  if (utf16) return 'text' // Windows Notepad's "Unicode" text
  // Control bytes other than tab/newline/form feed mean a binary file (GBK and UTF-8 text have none).
  let control = 0
  const n = Math.min(bytes.length, 4096)
  for (let i = 0; i < n; i++) {
    const b = bytes[i]
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return control > n / 100 ? 'binary' : 'text'
}

/** Whether a UTF-16LE name occurs in an OLE file (its directory names the streams). */
export function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le')
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle) >= 0
}

/** The start of a UTF-16 file (with its byte order mark) as text, to look at like any other. */
function utf16Head(bytes: Uint8Array): string {
  const n = Math.min(bytes.length, 4096) & ~1
  const b = Buffer.from(bytes.subarray(2, n))
  if (bytes[0] === 0xfe) b.swap16()
  return b.toString('utf16le')
}
