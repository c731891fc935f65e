import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'
import { IpcFailure } from './result'

// print:* — 打印: the web-page export (the same document the export writes) handed to the printer.

export function printHandlers(deps: HandlerDeps): HandlerMap<'print'> {
  return {
    'print:document': async ({ id, blankAs }) => {
      const report = deps.storage.get(id)
      const print = deps.printDocument
      if (!print) throw new IpcFailure('internal', '此处无法打印：请导出 Word 文档或网页后再打印。')
      let html: string
      try {
        html = new TextDecoder().decode(await deps.renderExport(report, 'html', { blankAs, typography: deps.storage.settings().typography }))
      } catch (e) {
        throw new IpcFailure('internal', `无法生成打印文档：${(e as Error).message}`)
      }
      try {
        return await print(html)
      } catch (e) {
        throw new IpcFailure('io', `打印失败：${(e as Error).message}。请检查打印机，或导出 Word 文档后再打印。`)
      }
    }
  }
}
