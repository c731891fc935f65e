import { DOMParser, type Document } from '@xmldom/xmldom'
import { ImportError } from '../../shared/import/types'

// Parsing the XML inside a .docx. A document type declaration is refused outright: Word never
// writes one, and entity definitions are the vehicle of entity-expansion and external-entity tricks.

export function parseXml(text: string, what: string): Document {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw new ImportError(`${what}中含有文档类型声明（DOCTYPE/ENTITY），这不是Word生成的正常文件，已拒绝读取`)
  }
  const errors: string[] = []
  let doc: Document
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg)
      }
    }).parseFromString(text, 'text/xml')
  } catch (e) {
    throw new ImportError(`${what}已损坏，无法解析（${(e as Error).message}）`)
  }
  if (errors.length > 0 || !doc.documentElement) {
    throw new ImportError(`${what}已损坏，无法解析（${errors[0] ?? '没有内容'}）`)
  }
  return doc
}
