import { rename, unlink, writeFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { describeCell } from '../../shared/form'
import { preflightExport } from '../../shared/export/preflight'
import { reportFromExchange } from '../../shared/report'
import { DEFAULT_TYPOGRAPHY, type BlankAs } from '../../shared/settings'
import { renderExport, type ExportKind } from '../export'
import { formatWarnings } from './format-warnings'
import { parseOptions, type OptionSpecs } from './parse-options'
import { InputError, readReportFile } from './read-input'

// `export FILE -o OUT.docx|.html|.json [--blank zero|slash] [--force]`
// Exit codes: 0 exported; 1 refused because the report has errors (use --force); 2 bad arguments or
// a file that cannot be read or written.

export const EXPORT_USAGE = [
  '用法：npm run --silent cli -- export 文件 -o 输出文件.docx|.html|.json [--blank zero|slash] [--force]',
  '',
  '把报告导出为 Word 文档（官方格式）、网页（单个 .html 文件）或交换文件（.json）。',
  '  -o 输出文件       按扩展名决定格式：.docx、.html 或 .json',
  '  --blank zero      空白单元格填写为 0（默认）',
  '  --blank slash     空白单元格填写为“/”',
  '  --force           报告有错误时仍然导出',
  '退出码：0 已导出；1 报告有错误未导出（可加 --force）；2 参数有误或文件无法读写。'
].join('\n')

interface ExportArgs {
  file: string
  out: string
  kind: ExportKind
  blankAs: BlankAs
  force: boolean
}

const KINDS: Record<string, ExportKind> = { '.docx': 'docx', '.html': 'html', '.htm': 'html', '.json': 'json' }

const EXPORT_OPTIONS = {
  out: { type: 'string', short: 'o', value: '输出文件名' },
  blank: { type: 'string', value: 'zero 或 slash' },
  force: { type: 'boolean' }
} as const satisfies OptionSpecs

function parseExportArgs(args: string[]): ExportArgs | { help: true } {
  const { values, positionals, help } = parseOptions(args, EXPORT_OPTIONS)
  if (help) return { help: true }
  const blankAs = values.blank ?? 'zero'
  if (blankAs !== 'zero' && blankAs !== 'slash') throw new InputError('参数“--blank”应为 zero（填 0）或 slash（填“/”）')
  if (positionals.length === 0) throw new InputError('请指定要导出的报告文件')
  if (positionals.length > 1) throw new InputError(`多余的参数“${positionals[1]}”：一次只导出一个文件`)
  const out = values.out
  if (out === undefined) throw new InputError('请用 -o 指定输出文件，例如 -o 报告.docx')
  const kind = KINDS[extname(out).toLowerCase()]
  if (!kind) throw new InputError(`输出文件“${out}”的扩展名应为 .docx、.html 或 .json`)
  return { file: positionals[0], out, kind, blankAs, force: values.force === true }
}

/** Writes beside the target and renames, so a failed write never leaves half a file. */
async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`
  try {
    await writeFile(tmp, bytes)
    await rename(tmp, path)
  } catch (e) {
    await unlink(tmp).catch(() => undefined)
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`无法写入“${path}”：文件夹不存在`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`没有权限写入“${path}”`)
    throw new InputError(`无法写入“${path}”：${(e as Error).message}`)
  }
}

export async function run(args: string[]): Promise<number> {
  try {
    const parsed = parseExportArgs(args)
    if ('help' in parsed) {
      process.stdout.write(EXPORT_USAGE + '\n')
      return 0
    }
    const report = reportFromExchange(await readReportFile(parsed.file))
    const check = preflightExport(report)
    if (check.errors.length > 0 && !parsed.force) {
      process.stderr.write(formatWarnings(report, check.errors))
      process.stderr.write(`报告有 ${check.errors.length} 处错误，未导出。请先改正，或加 --force 仍然导出。\n`)
      return 1
    }
    await writeAtomically(parsed.out, await renderExport(report, parsed.kind, { blankAs: parsed.blankAs, typography: DEFAULT_TYPOGRAPHY }))
    const notes: string[] = []
    if (check.errors.length > 0) notes.push(`含 ${check.errors.length} 处错误（已按 --force 导出）`)
    if (check.blankCells.length > 0 && parsed.kind !== 'json') {
      const first = describeCell(report.format, check.blankCells[0])
      notes.push(`${check.blankCells.length} 个空白单元格填写为“${parsed.blankAs === 'zero' ? '0' : '/'}”（如 ${first}）`)
    }
    const markers = check.reviewMarkers.reduce((n, m) => n + m.count, 0)
    if (markers > 0 && parsed.kind !== 'json') notes.push(`${markers} 处“【请核对】”标记未印出，标记处的上年内容请核对`)
    process.stdout.write(`已导出：${parsed.out}${notes.length > 0 ? `；${notes.join('；')}` : ''}\n`)
    return 0
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    process.stderr.write(e.message.replace(/\n/g, ' ') + '\n')
    return 2
  }
}
