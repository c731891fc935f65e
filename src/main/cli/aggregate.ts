import { writeFile } from 'node:fs/promises'
import { aggregate, AggregateError, breakdownCsv, checkContent, combinedReport, pickYear, yearOptions, type DepartmentReport, type ReadDepartment } from '../../shared/aggregate'
import type { ImportResult } from '../../shared/import/types'
import { writeExchangeText } from '../../shared/report'
import { listFiles, FolderError } from '../folder/list-files'
import { importerPool } from '../import/worker-pool'
import { defaultConcurrency, runPool } from '../import/pool'
import { importPath } from '../import/read-path'
import { isDirectory } from './check-folder'
import { departmentOf } from '../folder/department-of'
import { parseOptions, type OptionSpecs } from './parse-options'
import { InputError, parseYearArg } from './read-input'

// `aggregate FILES… -o OUT.json [-o OUT.csv] [--agency NAME] [--year YEAR]`: the departments' reports
// of one year (--year picks it among several) added up. .json is the combined report (an exchange file, opened like any other);
// .csv is the breakdown, one row per cell and one column per department.
// Exit codes: 0 written; 1 written, the rules find errors in the sum; 2 nothing written.

export const AGGREGATE_USAGE = [
  '用法：npm run --silent cli -- aggregate 文件或文件夹… -o 汇总.json [-o 明细.csv] [--agency 名称] [--year 年份]',
  '',
  '把同一年度各部门的年度报告（Word、PDF、网页、文本或交换文件）逐格相加，生成汇总报告。',
  '  -o 文件.json   汇总报告（交换文件，可在年报助手中导入、导出Word）；正文留空，由您填写',
  '  -o 文件.csv    分部门明细：每个单元格一行，每个部门一列，最后一列为合计（Excel、WPS可直接打开）',
  '  --agency 名称  汇总报告的机关名称（默认“汇总”）',
  '  --year 年份    汇总这一年度：文件有几个年度时必须指定，其他年度的文件不计入（会列出）；',
  '                 未写明年度的文件按此年度计入',
  '空白格：各部门都空白的，汇总仍为空白；有部门填了数字的，按数字相加。不同报表格式的报告不能汇总。',
  '退出码：0 已生成；1 已生成，但汇总表有错误；2 未生成（文件无法读取或不能汇总）。'
].join('\n')

interface AggregateArgs {
  inputs: string[]
  outputs: string[]
  agency: string
  year?: number
}

const AGGREGATE_OPTIONS = {
  out: { type: 'string', short: 'o', multiple: true, value: '输出文件名' },
  agency: { type: 'string', value: '机关名称' },
  year: { type: 'string', value: '年份' }
} as const satisfies OptionSpecs

function parseAggregateArgs(args: string[]): AggregateArgs | { help: true } {
  const { values, positionals, help } = parseOptions(args, AGGREGATE_OPTIONS)
  if (help) return { help: true }
  const outputs = values.out ?? []
  for (const v of outputs) {
    if (!/\.(json|csv)$/i.test(v)) throw new InputError(`输出文件“${v}”应以 .json（汇总报告）或 .csv（分部门明细）结尾`)
  }
  if (positionals.length === 0) throw new InputError('请指定要汇总的报告文件或文件夹')
  if (outputs.length === 0) throw new InputError('请用 -o 指定输出文件（.json 或 .csv）')
  return {
    inputs: positionals,
    outputs,
    agency: values.agency?.trim() || '汇总',
    year: values.year === undefined ? undefined : parseYearArg(values.year)
  }
}

async function expand(inputs: string[]): Promise<string[]> {
  const out: string[] = []
  for (const p of inputs) out.push(...((await isDirectory(p)) ? await listFiles(p) : [p]))
  return out
}

/** Every file read (a few at a time); any that cannot be read stops the 汇总. */
async function readAll(paths: string[]): Promise<ReadDepartment[]> {
  let done = 0
  const pool = importerPool({ size: defaultConcurrency() })
  const results = await runPool(paths, defaultConcurrency(), async (path) => importPath(path, pool.importer).catch((e: Error) => e), () => {
    process.stderr.write(`已读取 ${++done}/${paths.length}\n`)
  }).finally(() => pool.close())
  const failed = results.flatMap((r, i) => (r instanceof Error ? [`  ${paths[i]}：${r.message.replace(/\s*\n\s*/g, ' ')}`] : []))
  if (failed.length > 0) throw new InputError(`以下文件无法读取，未生成汇总（缺少部门的汇总数会偏小）：\n${failed.join('\n')}`)
  return (results as ImportResult[]).map((r, i) => ({ ...departmentOf(r.report, paths[i]), yearUnknown: r.yearUnknown === true }))
}

/**
 * The reports of the year given (files of other years left out and said; files without a year
 * taken as of it). Without --year, every file must state the same year: the CLI never guesses.
 */
function ofYear(read: ReadDepartment[], year: number | undefined): { reports: DepartmentReport[]; notes: string[] } {
  if (year !== undefined) return pickYear(read, year, true)
  const unknown = read.filter((r) => r.yearUnknown)
  if (unknown.length > 0) throw new InputError(`以下文件未写明报告年度，请用 --year 指定：\n${unknown.map((r) => `  ${r.source}`).join('\n')}`)
  const years = yearOptions(read)
  if (years.length > 1) {
    const parts = [...years].reverse().map((y) => `${y.year}年度（${y.departments.slice(0, 5).join('、')}${y.departments.length > 5 ? `等${y.departments.length}个部门` : ''}）`)
    throw new InputError(`这些报告不是同一年度：${parts.join('；')}。请用 --year 指定汇总哪一年度，例如 --year ${years[0].year}`)
  }
  return { reports: read, notes: [] }
}

export async function run(args: string[]): Promise<number> {
  let parsed: AggregateArgs
  let reports: DepartmentReport[]
  let agg: ReturnType<typeof aggregate>
  try {
    const p = parseAggregateArgs(args)
    if ('help' in p) {
      process.stdout.write(AGGREGATE_USAGE + '\n')
      return 0
    }
    parsed = p
    const picked = ofYear(await readAll(await expand(parsed.inputs)), parsed.year)
    reports = picked.reports
    agg = aggregate(reports)
    if (picked.notes.length) agg = { ...agg, notes: [...picked.notes, ...agg.notes] }
  } catch (e) {
    if (!(e instanceof InputError || e instanceof AggregateError || e instanceof FolderError)) throw e
    process.stderr.write(e.message + '\n')
    return 2
  }
  const combined = combinedReport(agg, parsed.agency)
  for (const out of parsed.outputs) {
    const text = out.toLowerCase().endsWith('.csv') ? breakdownCsv(agg) : writeExchangeText({ schema: 'nianbao/report@1', ...combined, meta: { deadline: 'government' } })
    await writeFile(out, text, 'utf8')
  }
  const { counts } = checkContent(combined)
  const lines = [`已汇总${agg.departments.length}个部门的${agg.year}年度报告：${parsed.outputs.join('、')}`, ...agg.notes.map((n) => `注意：${n}`)]
  lines.push(`汇总表检查：${counts.error}个错误，${counts.warning}个警告，${counts.hint}个提示（详见 check 命令）`)
  for (const r of reports) {
    const c = checkContent(r.report).counts
    if (c.error > 0) lines.push(`  ${r.department}（${r.source}）：${c.error}个错误，汇总数可能因此有误`)
  }
  process.stderr.write(lines.join('\n') + '\n')
  return counts.error > 0 ? 1 : 0
}
