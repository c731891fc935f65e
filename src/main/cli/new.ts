import { writeFile } from 'node:fs/promises'
import { nextYearTemplate } from '../../shared/import/next-year'
import { writeExchangeText } from '../../shared/report'
import { parseOptions, type OptionSpecs } from './parse-options'
import { importReportFile, InputError } from './read-input'

// `new --from LASTYEAR_FILE -o NEW.json [--force]`: this year's report started from last year's.
// An existing output file is never overwritten without --force.

export const NEW_USAGE = [
  '用法：npm run --silent cli -- new --from 上年报告文件 -o 新报告.json [--force]',
  '',
  '以上年报告（任一可读取的格式）为底稿新建今年的报告：年度加一、采用今年的格式、',
  '“上年结转”取自上年“结转下年度”、其他数字留空、正文作为草稿并标出需核对的年份。',
  '  --force  输出文件已存在时覆盖',
  '退出码：0 成功；2 文件无法读取、输出文件已存在或参数有误。'
].join('\n')

const NEW_OPTIONS = {
  from: { type: 'string', value: '上年报告文件名' },
  out: { type: 'string', short: 'o', value: '文件名' },
  force: { type: 'boolean' }
} as const satisfies OptionSpecs

export async function run(args: string[]): Promise<number> {
  try {
    const { values, positionals, help } = parseOptions(args, NEW_OPTIONS)
    if (help) {
      process.stdout.write(NEW_USAGE + '\n')
      return 0
    }
    if (positionals.length > 0) throw new InputError(`多余的参数“${positionals[0]}”：上年报告请用 --from 指定`)
    const { from, out, force } = values
    if (!from) throw new InputError('请用 --from 指定上年报告文件')
    if (!out) throw new InputError('请用 -o 指定新报告的保存位置（.json）')
    const last = await importReportFile(from)
    const { report, notes } = nextYearTemplate(last.report)
    try {
      await writeFile(out, writeExchangeText(report), { flag: force ? 'w' : 'wx' })
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new InputError(`文件“${out}”已存在，未覆盖；确需覆盖请加 --force`)
      throw new InputError(`无法写入“${out}”：${(e as Error).message}`)
    }
    process.stdout.write(
      [`已新建 ${report.agency} ${report.year}年度报告（${report.format}年版格式）：${out}`, ...notes.map((n) => `  · ${n}`)].join('\n') + '\n'
    )
    return 0
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n')
      return 2
    }
    throw e
  }
}
