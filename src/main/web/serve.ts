import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createAppDispatch } from '../ipc'
import { OpenedFiles } from '../ipc/opened-files'
import { FinalSaves } from '../lifecycle/final-save'
import { StorageLockedError } from '../storage/lock'
import { openStorage, type Storage } from '../storage/storage'
import { bundleBridgeScript } from './bridge-script'
import { noFileDialogs, TestChooser } from './chooser'
import { RecordingShell } from './recording-shell'
import { PrintablePages } from './printables'
import { createWebServer, WEB_SENDER } from './server'

// npm run serve:web -- --port P --data DIR [--files DIR]… [--take-over-lock] : the built app in a
// browser, for tests and demos. Listens on 127.0.0.1 only. --take-over-lock answers "继续打开" to
// the lock's question (a lock whose owner cannot be told, see storage/lock.ts).

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5174' },
    data: { type: 'string', default: '.tmp/web-data' },
    files: { type: 'string', multiple: true },
    renderer: { type: 'string', default: 'out/renderer' },
    'take-over-lock': { type: 'boolean', default: false }
  }
})

const rendererDir = resolve(values.renderer)
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`未找到已构建的界面（${rendererDir}/index.html）：请先运行 npm run build。`)
  process.exit(1)
}

let storage: Storage
try {
  const takeOver = values['take-over-lock']
  storage = await openStorage({
    dir: resolve(values.data),
    lock: { confirmTakeover: async (q) => (takeOver ? true : (console.error(`${q.message}\n${q.detail}\n（命令行：加上 --take-over-lock 即“继续打开”。）`), false)) }
  })
} catch (e) {
  console.error(e instanceof StorageLockedError ? e.message : `无法打开数据文件夹：${(e as Error).message}`)
  process.exit(1)
}

const chooser = values.files?.length ? new TestChooser(values.files) : undefined
const finalSaves = new FinalSaves()
// Nothing is opened from a browser: what 打开文件 / 打开所在文件夹 ask for is recorded (GET /__test/shell).
const shell = new RecordingShell()
const openedFiles = new OpenedFiles()
// 打印 in a browser: the printable document gets an address of its own for the page to open.
const printables = new PrintablePages()
const printDocument = async (html: string) => ({ url: printables.add(html) })
const dispatch = createAppDispatch(storage, chooser ?? noFileDialogs, { isTrustedSender: (s) => s === WEB_SENDER }, { closing: finalSaves, openedFiles, printDocument, shell })
const server = createWebServer({ dispatch, storage, rendererDir, bridgeScript: bundleBridgeScript(), chooser, openedFiles, printables, shell })

server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as { port: number }
  console.log(`nianbao web: http://127.0.0.1:${port}/ (data: ${resolve(values.data)})`)
})

let stopping = false
/** Open pages save their last edit first (briefly), then storage is flushed and closed. */
async function shutdown(): Promise<void> {
  if (stopping) return
  stopping = true
  await server.askPagesToSave(finalSaves)
  server.close()
  server.closeAllConnections()
  await storage.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
