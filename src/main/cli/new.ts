import { writeFile } from 'node:fs/promises'
import { nextYearTemplate } from '../../shared/import/next-year'
import { writeExchangeText } from '../../shared/report'
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

export async function run(args: string[]): Promise<number> {
  let from: string | undefined
  let out: string | undefined
  let force = false
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i]
      if (a === '--help' || a === '-h') {
        process.stdout.write(NEW_USAGE + '\n')
        return 0
      } else if (a === '--force') force = true
      else if (a === '--from' || a === '-o' || a === '--out') {
        const v = args[++i]
        if (v === undefined || v.startsWith('-')) throw new InputError(`参数“${a}”后面缺少文件名`)
        if (a === '--from') from = v
        else out = v
      } else throw new InputError(`未知参数“${a}”`)
    }
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
