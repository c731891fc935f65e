import { toHalfWidth } from '../report/values'
import type { Line } from './sections'

// The 前言: the paragraphs between the report's title and its first section heading. Only what reads
// as sentences is taken; a web page's furniture there (发布时间, 来源, 字号, 打印) is left out, and
// without a title to start from nothing is taken (a guess could carry a page's menu into a report).

/** Lines a web page or a document prints between the title and the text, never the 前言. */
const FURNITURE = /^(?:发布(?:日期|时间|机构|单位)|更新时间|时间|来源|信息来源|作者|字号|浏览|访问|点击|阅读|索引号|主题分类|文号|成文日期|生成日期|分类|关键词|【|\[|分享|打印|关闭|当前位置|您当前所在位置)/
/** Lines before section 一 a document without a recognised title may have for its 前言 to be read. */
const MAX_UNTITLED_LINES = 6
/** A title line ("2022年某某局信息公开年报"), or a part of one. */
const TITLE_LIKE = /(?:信息公开|年报|年度报告|工作报告)[^。，,；;]{0,8}$/
/** A sentence ends the line: the next line starts a new paragraph. */
const SENTENCE_END = /[。！？：:；;）)”]$/

function isProse(text: string): boolean {
  const s = toHalfWidth(text).trim()
  if (s.length < 8 || FURNITURE.test(s.replace(/\s+/g, ''))) return false
  return /[。，,；;]/.test(s)
}

/**
 * The 前言 read from the lines after the title line and before the first heading: the lines that
 * read as prose, wrapped lines joined (a PDF or a copied page breaks a paragraph into lines), one
 * paragraph per line. '' when there is none.
 */
export function readPreface(lines: readonly Line[], titleLine: number | undefined, firstHeading: number): string {
  if (titleLine !== undefined && titleLine >= firstHeading) return ''
  // No title found: only a document that has next to nothing before section 一 (its title in a
  // header, or text copied from the 前言 on) is read; a web page's menus and lists are not.
  if (titleLine === undefined && lines.slice(0, firstHeading).filter((l) => l.text.trim() !== '').length > MAX_UNTITLED_LINES) return ''
  const paragraphs: string[] = []
  let open = false
  for (let i = (titleLine ?? -1) + 1; i < firstHeading; i++) {
    const text = lines[i].text.replace(/^[\s\u3000]+/, '').trimEnd()
    if (text === '') {
      open = false
      continue
    }
    // A wrapped continuation: the previous line did not end its sentence.
    if (open && paragraphs.length > 0 && !SENTENCE_END.test(paragraphs[paragraphs.length - 1])) {
      paragraphs[paragraphs.length - 1] += text
      continue
    }
    // A first line wrapped before its punctuation counts with the next; a second title line does not.
    const wrapped = !TITLE_LIKE.test(text) && text.length >= 15 && i + 1 < firstHeading && isProse(text + lines[i + 1].text)
    if (!isProse(text) && !wrapped) {
      open = false
      continue
    }
    paragraphs.push(text)
    open = true
  }
  return paragraphs.join('\n')
}
