import { stat } from 'node:fs/promises'
import { sortResults, type FolderSort } from '../../shared/folder-check/sort'
import { checkFolder } from '../folder/check-folder'
import { FolderError } from '../folder/list-files'
import { defaultConcurrency } from '../import/pool'
import { importerPool } from '../import/worker-pool'
import { folderJsonLine, folderTable } from './folder-table'
import { parseOptions, type OptionSpecs } from './parse-options'
import { InputError, parseDate } from './read-input'

// `check DIR [--json | --table] [--sort severity|name] [--today YYYY-MM-DD] [--jobs N]`
// Exit codes: 0 every file read and none has errors; 1 errors found or a file unreadable; 2 arguments.

export const CHECK_FOLDER_USAGE = [
  '用法：npm run --silent cli -- check 文件夹 [--json | --table] [--sort severity|name] [--today YYYY-MM-DD] [--jobs N]',
  '',
  '逐个读取文件夹（含子文件夹）中的年度报告（Word、PDF、网页、文本、交换文件），按审核规则检查。',
  '  --table          打印表格（默认）：每个文件一行（错误、警告、提示数），再列出各文件的错误和警告',
  '  --json           每个文件一行 JSON：{ file, agency, year, format, counts, warnings }；无法读取的为 { file, error }',
  '  --sort severity  按严重程度排序（无法读取的在前，再按错误、警告、提示数）；name 按文件名（默认）',
  '  --jobs N         同时读取的文件数（默认按处理器核数，最多4）',
  '进度显示在标准错误输出。退出码：0 全部读取且没有错误；1 有错误或有文件无法读取；2 参数有误。'
].join('\n')

export async function isDirectory(path: string | undefined): Promise<boolean> {
  if (path === undefined) return false
  return stat(path).then((s) => s.isDirectory(), () => false)
}

interface FolderArgs {
  dir: string
  json: boolean
  sort: FolderSort
  today?: Date
  jobs?: number
}

export const FOLDER_OPTIONS = {
  json: { type: 'boolean' },
  table: { type: 'boolean' },
  sort: { type: 'string', value: '排序方式（severity 或 name）' },
  today: { type: 'string', value: '日期（YYYY-MM-DD）' },
  jobs: { type: 'string', value: '文件数' }
} as const satisfies OptionSpecs

function parseFolderArgs(args: string[]): FolderArgs | { help: true } {
  const { values, positionals, help } = parseOptions(args, FOLDER_OPTIONS)
  if (help) return { help: true }
  if (positionals.length === 0) throw new InputError('请指定要检查的文件夹')
  if (positionals.length > 1) throw new InputError(`多余的参数“${positionals[1]}”：一次检查一个文件夹`)
  if (values.json && values.table) throw new InputError('参数“--json”和“--table”只能选一个')
  const sort = values.sort ?? 'name'
  if (sort !== 'severity' && sort !== 'name') throw new InputError('参数“--sort”应为 severity 或 name')
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1 || jobs > 16) throw new InputError('参数“--jobs”应为1到16之间的整数')
  }
  return { dir: positionals[0], json: values.json === true, sort, today: values.today === undefined ? undefined : parseDate(values.today), jobs }
}

export async function runFolder(args: string[]): Promise<number> {
  let parsed: FolderArgs
  try {
    const p = parseFolderArgs(args)
    if ('help' in p) {
      process.stdout.write(CHECK_FOLDER_USAGE + '\n')
      return 0
    }
    parsed = p
  } catch (e) {
    if (!(e instanceof InputError)) throw e
    process.stderr.write(e.message + '\n')
    return 2
  }
  const tty = process.stderr.isTTY === true
  let results
  const pool = importerPool({ size: parsed.jobs ?? defaultConcurrency() })
  try {
    results = await checkFolder(parsed.dir, {
      importer: pool.importer,
      concurrency: parsed.jobs,
      today: parsed.today,
      onProgress: ({ done, total, current }) => {
        const line = `已检查 ${done}/${total}：${current ?? ''}`
        process.stderr.write(tty ? `\r\x1b[2K${line}${done === total ? '\n' : ''}` : `${line}\n`)
      }
    })
  } catch (e) {
    if (!(e instanceof FolderError)) throw e
    process.stderr.write(e.message + '\n')
    return 2
  } finally {
    await pool.close()
  }
  if (results.length === 0) process.stderr.write(`文件夹“${parsed.dir}”中没有文件。\n`)
  const sorted = sortResults(results, parsed.sort)
  process.stdout.write(parsed.json ? sorted.map((r) => folderJsonLine(r) + '\n').join('') : folderTable(parsed.dir, sorted))
  return results.some((r) => !r.ok || r.counts.error > 0) ? 1 : 0
}
