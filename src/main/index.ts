import { app, BrowserWindow, dialog, ipcMain, Menu, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../shared/ipc'
import { createAppDispatch, type FileDialogs } from './ipc'
import { renderExport } from './export'
import { menuTemplate } from './menu'
import { electronPdfPrinter } from './pdf-printer'
import { openStorage, type Storage } from './storage/storage'
import { resolveDataDir } from './storage/paths'
import { createMainWindow, hardenSession, isAppUrl } from './window'

// App lifecycle: one instance, the storage, the IPC handlers, the window and its menu.

const FILTERS = {
  open: [
    { name: '年度报告（Word、网页、文本、交换文件）', extensions: ['docx', 'doc', 'html', 'htm', 'txt', 'json'] },
    { name: '所有文件', extensions: ['*'] }
  ],
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
  html: [{ name: '网页', extensions: ['html'] }],
  pdf: [{ name: 'PDF 文档', extensions: ['pdf'] }],
  json: [{ name: '年报助手交换文件', extensions: ['json'] }]
}

let mainWindow: BrowserWindow | null = null

function nativeDialogs(): FileDialogs {
  return {
    async chooseOpenPath() {
      if (!mainWindow) return null
      const r = await dialog.showOpenDialog(mainWindow, { title: '选择要导入的年度报告', properties: ['openFile'], filters: FILTERS.open })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },
    async chooseSavePath(suggestedName, kind) {
      if (!mainWindow) return null
      const r = await dialog.showSaveDialog(mainWindow, { title: '导出年度报告', defaultPath: suggestedName, filters: FILTERS[kind] })
      return r.canceled || !r.filePath ? null : r.filePath
    }
  }
}

/** Only the main frame of the app's own window, showing the app's own page, may call. */
function isOwnWindow(sender: unknown): boolean {
  const event = sender as IpcMainInvokeEvent
  if (!mainWindow || mainWindow.isDestroyed() || event?.sender !== mainWindow.webContents) return false
  const frame = event.senderFrame
  // A top frame has no parent: iframes (there should be none) may never call.
  return !!frame && frame.parent === null && isAppUrl(frame.url)
}

async function start(storage: Storage): Promise<void> {
  hardenSession()
  const dispatch = createAppDispatch(storage, nativeDialogs(), { isTrustedSender: isOwnWindow }, {
    renderExport: (report, kind, options) => renderExport(report, kind, { ...options, printPdf: electronPdfPrinter })
  })
  for (const channel of CHANNELS) ipcMain.handle(channel, (event, payload) => dispatch(channel, payload, event))

  mainWindow = createMainWindow(storage.windowState(), (state) => void storage.setWindowState(state))
  mainWindow.on('closed', () => (mainWindow = null))
  storage.onStatus((status) => mainWindow?.webContents.send('storage:status', status))

  const menu = menuTemplate({
    send: (command) => mainWindow?.webContents.send('menu:command', { command }),
    quit: () => app.quit(),
    about: () =>
      void dialog.showMessageBox({ type: 'info', title: '关于年报助手', message: `年报助手 ${app.getVersion()}`, detail: '政府信息公开工作年度报告编制工具（离线使用）。' }),
    devTools: !app.isPackaged
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
}

/** Quitting with edits the disk refused: ask before dropping them (the default is to retry). */
async function closeStorage(storage: Storage): Promise<void> {
  while (!(await storage.flush())) {
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: '有内容尚未保存',
      message: '您输入的部分内容还没能保存到磁盘。',
      detail: storage.status().writeError?.message ?? '',
      buttons: ['重试保存', '不保存，直接退出'],
      defaultId: 0,
      cancelId: 0
    })
    if (choice === 1) break
  }
  await storage.close()
}

function main(): void {
  // Two copies writing the same files would lose saves: the second one only wakes the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  let storage: Storage | null = null
  void app.whenReady().then(async () => {
    const dir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
    try {
      storage = await openStorage({ dir })
    } catch (e) {
      dialog.showErrorBox('年报助手无法启动', `无法打开数据文件夹“${dir}”：${(e as Error).message}`)
      app.exit(1)
      return
    }
    await start(storage)
  })

  // Write whatever is pending before quitting; a failing disk is reported, not ignored.
  let closing = false
  app.on('before-quit', (event) => {
    if (!storage || closing) return
    event.preventDefault()
    closing = true
    void closeStorage(storage).finally(() => app.quit())
  })
  app.on('window-all-closed', () => app.quit())
}

main()
