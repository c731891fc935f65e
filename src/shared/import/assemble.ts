import { cellInfo, cellsOf, describeCell, isCellKey } from '../form/cells'
import { FORMATS, formatForYear } from '../form/formats'
import type { FormatId, LayoutId, TextSectionKey } from '../form/types'
import { EXCHANGE_SCHEMA, type ExchangeMeta } from '../report/exchange'
import type { AgencyContact, Cells, ReportText } from '../report/types'
import { parseCellInput } from '../report/values'
import type { Collector } from './readings'
import { agencyFromText, yearFromOpening, yearFromPeriod, type YearSource } from './year'
import { readTitle, textSections, type HeadingIndex, type Line } from './sections'
import { normalizeSigns } from './tokens'
import { contactFromText, hasContact } from './contact'
import { readPreface } from './preface'
import { ImportError, type ImportProblem, type ImportResult, type ImportSourceKind } from './types'

// From what the readers found to the import result: decide the format, parse every value, and
// account for what was missing, ambiguous or could not be placed.

export interface Found {
  kind: ImportSourceKind
  fileName: string
  collector: Collector
  text: ReportText
  title: { agency?: string; year?: number; where?: string }
  /** Where the year was read when the title gives none. */
  yearFrom?: { source: Exclude<YearSource, 'title'>; where: string }
  headingsFound: number
  /** Year used when the title gives none (the caller knows "now"). */
  fallbackYear: number
  /** The 前言 (between title and section 一), '' when none was found. */
  preface?: string
  /** Contact details the 前言 (or the text) gives. */
  contact?: AgencyContact
}

const SINGLE_OTHER = /^t3\.other\.[a-zA-Z]+$/

function decideFormat(found: Found): { detected: FormatId | 'mixed'; format: FormatId; only: Record<FormatId, string[]> } {
  const only: Record<FormatId, string[]> = { '2019': [], '2021': [] }
  for (const r of found.collector.readings) if (r.formats.length === 1) only[r.formats[0]].push(r.key)
  const byYear = found.title.year !== undefined ? formatForYear(found.title.year) : undefined
  if (only['2019'].length > 0 && only['2021'].length > 0) {
    const majority = only['2019'].length > only['2021'].length ? '2019' : '2021'
    return { detected: 'mixed', format: byYear ?? majority, only }
  }
  if (only['2019'].length > 0) return { detected: '2019', format: '2019', only }
  if (only['2021'].length > 0) return { detected: '2021', format: '2021', only }
  const format = byYear ?? '2021'
  return { detected: format, format, only }
}

/** Where a reader's input came from; the year is the fallback when the title gives none. */
export interface ReaderSource {
  kind: ImportSourceKind
  fileName: string
  fallbackYear: number
}

/** Both readers end here: the title and text sections from the document's lines, then assemble. */
export function assembleFromLines(lines: readonly Line[], headings: HeadingIndex, collector: Collector, source: ReaderSource): ImportResult {
  const firstHeading = Math.min(...Object.values(headings).filter((i): i is number => i !== undefined), lines.length)
  const title = readTitle(lines, firstHeading)
  let yearFrom: Found['yearFrom']
  if (title.year === undefined) {
    const period = yearFromPeriod(lines, Math.max(firstHeading, (headings.overview ?? 0) + 4))
    const found = period ? { ...period, source: 'period' as const } : { ...yearFromOpening(lines, headings), source: 'opening' as const }
    if (found.year !== undefined) {
      title.year = found.year
      yearFrom = { source: found.source, where: found.where! }
    }
  }
  title.agency ??= agencyFromText(lines, firstHeading)
  const text = textSections(lines, headings, title.agency)
  const preface = readPreface(lines, title.line, firstHeading)
  // Contact for questions: in the 前言, or where some reports put it, the start of 一 or the end of 六.
  const paragraphs = (t: string) => t.split('\n')
  const contact = contactFromText([...paragraphs(preface), ...paragraphs(text.overview).slice(0, 4), ...paragraphs(text.other).slice(-4)])
  return assemble({
    kind: source.kind,
    fileName: source.fileName,
    collector,
    text,
    preface,
    contact,
    title,
    yearFrom,
    headingsFound: Object.keys(headings).length,
    fallbackYear: source.fallbackYear
  })
}

export function assemble(found: Found): ImportResult {
  const { readings } = found.collector
  if (readings.length === 0 && found.headingsFound < 2 && found.title.year === undefined) {
    throw new ImportError('文件中没有找到政府信息公开工作年度报告的内容（标题、“一、总体情况”等章节或统计表），请确认选择的是年度报告文件')
  }
  const problems: ImportProblem[] = [...found.collector.problems]
  const { detected, format, only } = decideFormat(found)
  // The mixed layout real reports publish (2021 tables, 2019's single （六） row) is kept as it is.
  const layout: LayoutId =
    detected === 'mixed' && format === '2021' && only['2019'].every((k) => SINGLE_OTHER.test(k)) && !only['2021'].some((k) => k.startsWith('t3.other.'))
      ? '2021-other2019'
      : format
  if (layout === '2021-other2019') {
    problems.push({ severity: 'warning', message: '文件混用了2019年版和2021年版格式（V1）：表三“（六）其他处理”按2019年版填成一行，已按原样导入；2021年版应分3行填写' })
  } else if (detected === 'mixed') {
    const other: FormatId = format === '2019' ? '2021' : '2019'
    const sample = only[other].slice(0, 3).map((k) => describeCell(other, k))
    problems.push({
      severity: 'warning',
      message: `文件混用了2019年版和2021年版格式（V1）：按${format}年版读取，以下属于${other}年版的内容未导入：${sample.join('；')}${only[other].length > 3 ? '等' : ''}`
    })
  }

  let year = found.title.year
  const yearUnknown = year === undefined
  if (year === undefined) {
    // A placeholder only: the result says the year is unknown and the user must choose it.
    year = found.fallbackYear
    problems.push({ severity: 'error', message: '未能识别报告年度：标题、统计期限和正文开头都没有写明是哪一年的报告，请选择报告年度' })
  } else if (found.yearFrom) {
    const from = found.yearFrom.source === 'period' ? '统计期限' : '正文开头'
    problems.push({ severity: found.yearFrom.source === 'period' ? 'info' : 'warning', message: `标题中没有年度，按${from}识别为${year}年度，请核对`, where: found.yearFrom.where })
  }
  const agency = found.title.agency ?? ''
  if (agency === '') problems.push({ severity: 'warning', message: '未能从标题或正文中识别机关名称，请在导入后填写' })

  const cells: Cells = {}
  for (const c of cellsOf(layout)) cells[c.key] = null
  const sources: ImportResult['cells'] = {}
  for (const r of readings) {
    const raw = r.raw.trim()
    if (!isCellKey(layout, r.key)) {
      if (raw !== '' && detected !== 'mixed') {
        problems.push({ severity: 'warning', message: `“${describeCell(r.formats[0], r.key)}”在${format}年版格式中没有对应单元格，未导入（原值“${raw}”）`, where: r.where })
      }
      continue
    }
    if (sources[r.key]) {
      problems.push({ severity: 'warning', message: `“${describeCell(layout, r.key)}”在文件中出现了两次，已采用第一次的值“${sources[r.key].raw}”`, cellKey: r.key, where: r.where })
      continue
    }
    const info = cellInfo(layout, r.key)!
    const parsed = parseCellInput(normalizeSigns(raw), info.kind)
    cells[r.key] = parsed.value
    sources[r.key] = { where: r.where, raw }
    if (parsed.error) problems.push({ severity: 'warning', message: `“${describeCell(layout, r.key)}”：${parsed.error}`, cellKey: r.key, where: r.where })
  }

  const missing = cellsOf(layout).filter((c) => !sources[c.key])
  if (missing.length > 0) {
    const names = missing.slice(0, 5).map((c) => describeCell(layout, c.key))
    problems.push({
      severity: missing.length === cellsOf(layout).length ? 'error' : 'warning',
      message: `有${missing.length}个单元格未在文件中找到，保持空白：${names.join('；')}${missing.length > 5 ? '等' : ''}`
    })
  }
  for (const section of FORMATS[format].sections) {
    if (section.kind !== 'text' || found.text[section.key as TextSectionKey] !== '') continue
    problems.push({ severity: 'info', message: `未找到“${section.heading}”的正文，保持空白` })
  }

  const meta: ExchangeMeta = {}
  if (found.preface) meta.preface = found.preface
  if (found.contact && hasContact(found.contact)) meta.contact = found.contact
  return {
    report: { schema: EXCHANGE_SCHEMA, format, year, agency, cells, text: found.text, ...(Object.keys(meta).length > 0 ? { meta } : {}) },
    source: { kind: found.kind, fileName: found.fileName },
    detectedFormat: detected,
    cells: sources,
    problems,
    ...(yearUnknown ? { yearUnknown: true as const } : {})
  }
}
