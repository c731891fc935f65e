import { stat } from 'node:fs/promises'
import { sortResults, type FolderSort } from '../../shared/folder-check/sort'
import { checkFolder } from '../folder/check-folder'
import { FolderError } from '../folder/list-files'
import { defaultConcurrency } from '../import/pool'
import { importerPool } from '../import/worker-pool'
import { folderJsonLine, folderTable } from './folder-table'
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
  if (path === undefined || path.startsWith('--')) return false
  return stat(path).then((s) => s.isDirectory(), () => false)
}

interface FolderArgs {
  dir: string
  json: boolean
  sort: FolderSort
  today?: Date
  jobs?: number
}

function parseArgs(args: string[]): FolderArgs {
  const out: Partial<FolderArgs> & { json: boolean; sort: FolderSort } = { json: false, sort: 'name' }
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    const value = () => {
      const v = args[++i]
      if (v === undefined || v.startsWith('--')) throw new InputError(`参数“${a}”后面缺少值`)
      return v
    }
    if (a === '--json') out.json = true
    else if (a === '--table') out.json = false
    else if (a === '--sort') {
      const v = value()
      if (v !== 'severity' && v !== 'name') throw new InputError('参数“--sort”应为 severity 或 name')
      out.sort = v
    } else if (a === '--today') out.today = parseDate(value())
    else if (a === '--jobs') {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 1 || n > 16) throw new InputError('参数“--jobs”应为1到16之间的整数')
      out.jobs = n
    } else if (a.startsWith('--')) throw new InputError(`未知参数“${a}”`)
    else if (out.dir === undefined) out.dir = a
    else throw new InputError(`多余的参数“${a}”：一次检查一个文件夹`)
  }
  if (out.dir === undefined) throw new InputError('请指定要检查的文件夹')
  return out as FolderArgs
}

export async function runFolder(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(CHECK_FOLDER_USAGE + '\n')
    return 0
  }
  let parsed: FolderArgs
  try {
    parsed = parseArgs(args)
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
