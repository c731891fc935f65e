import { reportFromExchange, type ExchangeReport } from '../../shared/report'
import { checkReport } from '../../shared/rules'
import { formatWarnings, warningsJson } from './format-warnings'
import { FOLDER_OPTIONS, isDirectory, runFolder } from './check-folder'
import { firstPositional, parseOptions, type OptionSpecs } from './parse-options'
import { InputError, parseDate, parseYearArg, readReportFile } from './read-input'

// `check FILE [--previous LASTYEAR_FILE] [--json] [--today YYYY-MM-DD]`
// Exit codes: 0 no error, 1 errors found, 2 a file cannot be read or the arguments are wrong.

export const CHECK_USAGE = [
  '用法：npm run --silent cli -- check 文件 [--previous 上年报告文件] [--json] [--today YYYY-MM-DD] [--year 年份]',
  '      npm run --silent cli -- check 文件夹 [--json | --table] …（检查文件夹中的每份报告，见 check 文件夹 --help）',
  '',
  '按官方格式和审核规则检查年度报告，列出错误、警告和提示。',
  '  --previous 文件  上年报告，用于跨年度核对（上年结转、现行有效件数、与上年雷同）',
  '  --json           以 JSON 输出：{ "warnings": [ { rule, severity, cells, message, … } ] }',
  '  --today 日期     按指定日期计算发布期限（默认今天）',
  '  --year 年份      报告年度（文件中没有写明年度时指定）',
  '退出码：0 没有错误；1 有错误；2 文件无法读取或参数有误。'
].join('\n')

interface CheckArgs {
  file: string
  previous?: string
  json: boolean
  today?: Date
  year?: number
}

const CHECK_OPTIONS = {
  previous: { type: 'string', value: '上年报告文件名' },
  json: { type: 'boolean' },
  today: { type: 'string', value: '日期（YYYY-MM-DD）' },
  year: { type: 'string', value: '年份' }
} as const satisfies OptionSpecs

function parseCheckArgs(args: string[]): CheckArgs | { help: true } {
  const { values, positionals, help } = parseOptions(args, CHECK_OPTIONS)
  if (help) return { help: true }
  if (positionals.length === 0) throw new InputError('请指定要检查的报告文件')
  if (positionals.length > 1) throw new InputError(`多余的参数“${positionals[1]}”：一次只检查一个文件`)
  return {
    file: positionals[0],
    previous: values.previous,
    json: values.json === true,
    today: values.today === undefined ? undefined : parseDate(values.today),
    year: values.year === undefined ? undefined : parseYearArg(values.year)
  }
}

export async function run(args: string[]): Promise<number> {
  // A folder: every report in it, one result per file (check-folder.ts).
  if (await isDirectory(firstPositional(args, { ...CHECK_OPTIONS, ...FOLDER_OPTIONS }))) return runFolder(args)
  let parsed: CheckArgs | { help: true }
  let report: ExchangeReport
  let previous: ExchangeReport | undefined
  try {
    parsed = parseCheckArgs(args)
    if ('help' in parsed) {
      process.stdout.write(CHECK_USAGE + '\n')
      return 0
    }
    report = await readReportFile(parsed.file, parsed.year)
    if (parsed.previous) previous = await readReportFile(parsed.previous)
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    process.stderr.write(e.message.replace(/\n/g, ' ') + '\n')
    return 2
  }
  const content = reportFromExchange(report)
  const warnings = checkReport(content, previous ? reportFromExchange(previous) : null, { today: parsed.today })
  process.stdout.write(parsed.json ? warningsJson(warnings) : formatWarnings(content, warnings))
  return warnings.some((w) => w.severity === 'error') ? 1 : 0
}
