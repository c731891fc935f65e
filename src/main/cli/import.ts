import { describeCell } from '../../shared/form'
import type { ImportResult, ImportSourceKind } from '../../shared/import/types'
import { writeExchangeText } from '../../shared/report'
import { parseOptions, type OptionSpecs } from './parse-options'
import { importReportFile, InputError, parseYearArg, withYear } from './read-input'

// `import FILE [--json]`: what nianbao reads from a file. --json prints the exchange file; without
// it, a readable account in Chinese. Exit codes: 0 read, 1 read with errors, 2 cannot be read.

export const IMPORT_USAGE = [
  '用法：npm run --silent cli -- import 文件 [--json] [--year 年份]',
  '',
  '读取年度报告文件（Word .docx/.doc、网页 .html、文本 .txt 或交换文件 .json，按内容识别），',
  '输出读到的内容和无法读取或有疑问之处。',
  '  --json        输出交换文件（nianbao/report@1）',
  '  --year 年份   报告年度（文件中没有写明年度时必须指定；也可用来更正）',
  '退出码：0 读取成功；1 读取时发现错误；2 文件无法读取或参数有误。'
].join('\n')

const KIND_NAMES: Record<ImportSourceKind, string> = {
  'nianbao-json': '年报助手交换文件',
  'nianbao-docx': '年报助手导出的Word文档',
  docx: 'Word文档（.docx）',
  doc: 'Word 97–2003文档（.doc）',
  pdf: 'PDF文件（.pdf）',
  html: '网页（.html）',
  txt: '文本（.txt）'
}
const SEVERITY = { error: '错误', warning: '警告', info: '提示' } as const

export function describeImport(r: ImportResult): string {
  const { report } = r
  const total = Object.keys(report.cells).length
  const read = Object.values(report.cells).filter((v) => v !== null).length
  const lines = [
    `文件：${r.source.fileName}（${KIND_NAMES[r.source.kind]}）`,
    `机关：${report.agency || '（未识别）'}`,
    r.yearUnknown ? `年度：未能识别（暂按${report.year}年，请用 --year 指定）` : `年度：${report.year}年`,
    `格式：${report.format}年版${r.detectedFormat === 'mixed' ? '（文件混用了两种格式）' : ''}`,
    `单元格：读到${read}个有值，共${total}个`,
    `正文：${(['overview', 'problems', 'other'] as const).map((k) => `${{ overview: '一', problems: '五', other: '六' }[k]}、${report.text[k].length}字`).join('，')}`
  ]
  if (r.problems.length === 0) lines.push('', '没有发现问题。')
  else {
    lines.push('', `需要注意（${r.problems.length}）：`)
    for (const p of r.problems) {
      const where = [p.cellKey ? describeCell(report.format, p.cellKey) : '', p.where ?? ''].filter((s) => s !== '').join('，')
      lines.push(`  [${SEVERITY[p.severity]}] ${p.message}${where ? `（${where}）` : ''}`)
    }
  }
  return lines.join('\n') + '\n'
}

const IMPORT_OPTIONS = {
  json: { type: 'boolean' },
  year: { type: 'string', value: '年份' }
} as const satisfies OptionSpecs

export async function run(args: string[]): Promise<number> {
  try {
    const { values, positionals, help } = parseOptions(args, IMPORT_OPTIONS)
    if (help) {
      process.stdout.write(IMPORT_USAGE + '\n')
      return 0
    }
    if (positionals.length === 0) throw new InputError('请指定要读取的文件')
    if (positionals.length > 1) throw new InputError(`多余的参数“${positionals[1]}”：一次只读取一个文件`)
    const file = positionals[0]
    const json = values.json === true
    const year = values.year === undefined ? undefined : parseYearArg(values.year)
    const result = withYear(await importReportFile(file), year)
    if (json && result.yearUnknown) process.stderr.write(`注意：未能从文件中识别报告年度，输出中的${result.report.year}年只是占位，请用 --year 指定。\n`)
    process.stdout.write(json ? writeExchangeText(result.report) : describeImport(result))
    return result.problems.some((p) => p.severity === 'error') ? 1 : 0
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n')
      return 2
    }
    throw e
  }
}
