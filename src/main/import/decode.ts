import iconv from 'iconv-lite'

// Bytes of a text or web page to a string: BOM first, then a declared charset, then UTF-8 if it
// decodes cleanly, else GBK (what Chinese government sites and Windows Notepad commonly produce).

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return m?.[1].toLowerCase()
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3))
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be')
  const declared = declaredCharset(bytes)
  if (declared && declared !== 'utf-8' && declared !== 'utf8' && iconv.encodingExists(declared)) {
    // gb2312 pages routinely contain GBK characters: decode with the superset.
    const name = /^(gb2312|gbk|x-gbk|gb_2312-80)$/.test(declared) ? 'gb18030' : declared
    return iconv.decode(Buffer.from(bytes), name)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030')
  }
}
