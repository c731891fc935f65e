import { readFile } from 'node:fs/promises'
import { ExchangeError, parseExchangeText, type ExchangeReport } from '../../shared/report'

// Reading a report given on the command line. Exchange JSON for now; the import engineer extends
// this to every input format by calling importFile from src/main/import.

/** A file that cannot be read as a report: the message is one line of plain Chinese. */
export class InputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InputError'
  }
}

export async function readReportFile(path: string): Promise<ExchangeReport> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(`找不到文件“${path}”`)
    if (code === 'EISDIR') throw new InputError(`“${path}”是文件夹，不是报告文件`)
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`没有权限读取文件“${path}”`)
    throw new InputError(`无法读取文件“${path}”：${(e as Error).message}`)
  }
  try {
    return parseExchangeText(text)
  } catch (e) {
    if (e instanceof ExchangeError) throw new InputError(`无法读取“${path}”：${e.message.replace(/\s*\n\s*/g, ' ')}`)
    throw e
  }
}
