import { promises as fs } from 'node:fs'
import { basename } from 'node:path'
import { ImportError, type ImportResult } from '../../shared/import/types'
import type { ImportConfirm } from '../../shared/ipc'
import { reportFromExchange } from '../../shared/report/create'
import type { Report } from '../../shared/report/types'
import { describeZodError } from '../schema/errors'
import { parseReport } from '../schema/report'
import { writeAtomic } from '../storage/atomic-write'
import { nodeDiskIO } from '../storage/disk-io'
import { describeWriteError } from '../storage/messages'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { ExportedFiles } from './exported-files'
import { exportImage } from './image-export'
import { ImportTokens } from './import-tokens'
import { IpcFailure } from './result'
import { ZodError } from 'zod'

// files:* — import and export. Paths only ever come from the dialogs, never from the renderer.

const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export function fileHandlers(deps: HandlerDeps): HandlerMap<'files'> {
  const tokens = new ImportTokens()
  const exported = new ExportedFiles()
  return {
    'files:importPreview': async () => {
      const path = await deps.dialogs.chooseOpenPath()
      if (path === null) return { canceled: true }
      const result = await readImport(deps, path)
      return { token: tokens.add(result), result }
    },
    'files:importConfirm': async (request) => {
      const result = tokens.get(request.token)
      if (!result) throw new IpcFailure('not-found', '这次导入已过期或已完成，请重新选择文件。')
      const report = await confirmImport(deps, result, request)
      // Only a stored import uses the token up: after a conflict the user may confirm a replace.
      tokens.consume(request.token)
      return report
    },
    'files:takeOpened': async () => {
      const path = deps.openedFiles?.take() ?? null
      if (path === null) return null
      const fileName = basename(path)
      try {
        const result = await readImport(deps, path)
        return { fileName, token: tokens.add(result), result }
      } catch (e) {
        // The page shows why, naming the file; other waiting files are still taken after it.
        if (e instanceof IpcFailure) return { fileName, error: e.message }
        throw e
      }
    },
    'files:export': async ({ id, kind, blankAs }) => {
      const report = deps.storage.get(id)
      let bytes: Uint8Array
      try {
        bytes = await deps.renderExport(report, kind, { blankAs, typography: deps.storage.settings().typography })
      } catch (e) {
        throw new IpcFailure('internal', `导出失败：${(e as Error).message}`)
      }
      const path = await deps.dialogs.chooseSavePath(suggestedName(report, kind), kind)
      if (path === null) return { saved: false }
      try {
        await writeAtomic(path, bytes, nodeDiskIO)
      } catch (e) {
        throw new IpcFailure('io', `无法保存到“${path}”：${describeWriteError(e as Error)}。请换一个位置保存。`)
      }
      return { saved: true, path, openToken: exported.add(path) }
    },
    'files:exportImage': async (request) => {
      const r = await exportImage(deps, request)
      return r.saved ? { ...r, openToken: exported.add(r.path) } : r
    },
    'files:openExported': async ({ openToken, target }) => {
      const path = exported.get(openToken)
      if (!path) throw new IpcFailure('not-found', '找不到这次导出的文件记录，请在文件夹中打开它。')
      if (!deps.shell) throw new IpcFailure('internal', '此环境不能打开文件，请在文件夹中打开它。')
      try {
        await fs.access(path)
      } catch {
        throw new IpcFailure('not-found', `文件“${path}”已不在原处（可能已被移动或删除）。`)
      }
      if (target === 'folder') return deps.shell.showItemInFolder(path)
      const problem = await deps.shell.openPath(path)
      if (problem) throw new IpcFailure('io', `无法打开“${basename(path)}”：${problem}。可以用“打开所在文件夹”找到它。`)
    }
  }
}

async function readImport(deps: HandlerDeps, path: string): Promise<ImportResult> {
  let bytes: Uint8Array
  try {
    const stat = await fs.stat(path)
    if (stat.size > MAX_IMPORT_BYTES) throw new IpcFailure('import', `文件“${basename(path)}”太大（超过 50 MB），不像是一份年度报告。`)
    bytes = await fs.readFile(path)
  } catch (e) {
    if (e instanceof IpcFailure) throw e
    throw new IpcFailure('io', `无法读取文件“${basename(path)}”：${describeWriteError(e as Error)}`)
  }
  try {
    return await deps.importFile(bytes, basename(path))
  } catch (e) {
    if (e instanceof ImportError) throw new IpcFailure('import', e.message)
    throw new IpcFailure('import', `无法读取文件“${basename(path)}”：${(e as Error).message}`)
  }
}

/** A stored Report from an exchange report the importer produced, checked like any IPC input. */
function toReport(exchange: ImportResult['report']): Report {
  try {
    return parseReport(reportFromExchange(exchange))
  } catch (e) {
    if (e instanceof ZodError) throw new IpcFailure('import', `导入的内容不符合要求：${describeZodError(e)}`)
    throw e
  }
}

function conflict(report: Report): IpcFailure {
  return new IpcFailure('conflict', `${report.year}年“${report.agency}”的报告已经存在。如要用导入的内容替换它，请确认替换（原内容会保存为历史版本）。`)
}

async function confirmImport(deps: HandlerDeps, picked: ImportResult, request: ImportConfirm): Promise<Report> {
  const { storage } = deps
  // A year the file does not state is the user's to choose, never a default.
  if (picked.yearUnknown && request.year === undefined) throw new IpcFailure('import', '未能从文件中识别报告年度，请先选择报告年度。')
  const result = request.year === undefined ? picked : { ...picked, report: { ...picked.report, year: request.year } }
  if (request.replaceId !== undefined) storage.get(request.replaceId) // not-found before anything is written
  const imported = toReport(result.report)

  if (request.mode === 'as-is') {
    const existing = storage.findByAgencyYear(imported.agency, imported.year)
    if (request.replaceId) return storage.replace(request.replaceId, imported)
    if (existing) throw conflict(existing)
    return storage.insert(imported)
  }

  // next-year: last year's report is kept as its own report (or the one already stored is used),
  // and this year's starts from it, linked by previousId for the cross-year rules.
  const thisYear = toReport(deps.templateFromLastYear(result.report))
  const existingThisYear = storage.findByAgencyYear(thisYear.agency, thisYear.year)
  if (existingThisYear && request.replaceId !== existingThisYear.id) throw conflict(existingThisYear)
  const last = storage.findByAgencyYear(imported.agency, imported.year) ?? (await storage.insert(imported))
  const linked: Report = { ...thisYear, previousId: last.id }
  if (request.replaceId) return storage.replace(request.replaceId, linked)
  return storage.insert(linked)
}

function suggestedName(report: Report, kind: string): string {
  const safe = `${report.year}年${report.agency}政府信息公开工作年度报告`.replace(/[\\/:*?"<>|\r\n\t]/g, '_')
  return `${safe}.${kind}`
}
