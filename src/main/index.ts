/// <reference types="electron-vite/node" />
import { app, BrowserWindow, dialog, ipcMain, Menu, shell, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../shared/ipc'
import { isolatedImporter } from './import/isolated'
import importWorkerPath from './import/worker?modulePath'
import { importerPool } from './import/worker-pool'
import { createAppDispatch, type FileDialogs } from './ipc'
import { renderExport } from './export'
import { OpenedFiles } from './ipc/opened-files'
import { FinalSaves } from './lifecycle/final-save'
import { openedFileArg, requestedFile } from './lifecycle/opened-file-arg'
import { closeStorageAtWillQuit, holdCloseUntilSaved, saveOnSessionEnd } from './lifecycle/quit-order'
import { askLockTakeover } from './lock-dialog'
import { menuTemplate } from './menu'
import { electronPdfPrinter } from './pdf-printer'
import { electronPrintDocument } from './printer'
import { onSecondLaunch, requestedDataDir, type LaunchRequest } from './second-launch'
import { openStorage, type Storage } from './storage/storage'
import { resolveDataDir, userDataDirArg } from './storage/paths'
import { createMainWindow, hardenSession, isFromWindow } from './window'

// App lifecycle: one instance, the storage, the IPC handlers, the window and its menu; on quitting,
// the window's last save first, storage last (see lifecycle/quit-order.ts).

const FILTERS = {
  open: [
    { name: '年度报告（Word、PDF、网页、文本、交换文件）', extensions: ['docx', 'doc', 'pdf', 'html', 'htm', 'txt', 'json'] },
    { name: '所有文件', extensions: ['*'] }
  ],
  docx: [{ name: 'Word 文档', extensions: ['docx'] }],
  html: [{ name: '网页', extensions: ['html'] }],
  pdf: [{ name: 'PDF 文档', extensions: ['pdf'] }],
  json: [{ name: '年报助手交换文件', extensions: ['json'] }],
  png: [{ name: 'PNG 图片', extensions: ['png'] }],
  backup: [{ name: '年报助手备份', extensions: ['json'] }]
}

let mainWindow: BrowserWindow | null = null
const finalSaves = new FinalSaves()
// Reports the system asks to open (double-click, a second launch, macOS open-file): the page takes them.
const openedFiles = new OpenedFiles()
openedFiles.onAdded((fileName) => {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('files:opened', { fileName })
})

function nativeDialogs(): FileDialogs {
  return {
    async chooseOpenPath(purpose = 'import') {
      if (!mainWindow) return null
      const [title, filters] = purpose === 'backup' ? ['选择要恢复的备份文件', FILTERS.backup] : ['选择要导入的年度报告', FILTERS.open]
      const r = await dialog.showOpenDialog(mainWindow, { title, properties: ['openFile'], filters })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    },
    async chooseSavePath(suggestedName, kind) {
      if (!mainWindow) return null
      const title = kind === 'backup' ? '备份全部报告' : kind === 'png' ? '保存图片' : '导出年度报告'
      const r = await dialog.showSaveDialog(mainWindow, { title, defaultPath: suggestedName, filters: FILTERS[kind] })
      return r.canceled || !r.filePath ? null : r.filePath
    },
    async chooseFolderPath(purpose) {
      if (!mainWindow) return null
      const title = purpose === 'aggregate' ? '选择放有各部门年度报告的文件夹' : '选择要检查的文件夹'
      const r = await dialog.showOpenDialog(mainWindow, { title, properties: ['openDirectory'] })
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0]
    }
  }
}

async function start(storage: Storage): Promise<void> {
  hardenSession()
  // Only the main frame of the app's own window, showing the app's own page, may call.
  const isTrustedSender = (event: unknown) => isFromWindow(event as IpcMainInvokeEvent, mainWindow)
  // Imports run on a worker (emitted by electron-vite as its own file) with a time and memory limit.
  const importFile = isolatedImporter({ worker: importWorkerPath, keepSpare: true })
  // PDF export prints the web page in a hidden window (pdf-printer.ts).
  const printExport: typeof renderExport = (report, kind, options) => renderExport(report, kind, { ...options, printPdf: electronPdfPrinter })
  const importPool = (size: number) => importerPool({ size, worker: importWorkerPath })
  const dispatch = createAppDispatch(storage, nativeDialogs(), { isTrustedSender }, { closing: finalSaves, importFile, importPool, renderExport: printExport, openedFiles, printDocument: electronPrintDocument, shell })
  for (const channel of CHANNELS) ipcMain.handle(channel, (event, payload) => dispatch(channel, payload, event))

  const win = createMainWindow(storage.windowState(), (state) => void storage.setWindowState(state).catch(() => undefined))
  mainWindow = win
  win.on('closed', () => (mainWindow = null))
  holdCloseUntilSaved(app, win, finalSaves)
  saveOnSessionEnd(win, finalSaves, () => storage.flush())
  storage.onStatus((status) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send('storage:status', status)
  })

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
  // A folder of its own for this run when asked (tests); before the single-instance lock, which is per folder.
  const userData = userDataDirArg(process.argv)
  if (userData) app.setPath('userData', userData)
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  const openFile = openedFileArg(process.argv, { fromSource: !app.isPackaged, cwd: process.cwd() })

  // Two copies writing the same files would lose saves: the second one only wakes the first,
  // which tells the user when it asked for another data folder.
  if (!app.requestSingleInstanceLock({ dataDir, ...(openFile ? { openFile } : {}) } satisfies LaunchRequest)) {
    app.quit()
    return
  }
  app.on('second-instance', (_event, argv, cwd, data) => {
    onSecondLaunch(mainWindow, dataDir, requestedDataDir(argv, data, app.getPath('userData')))
    const file = requestedFile(argv, cwd, data, !app.isPackaged)
    if (file) openedFiles.add(file)
  })
  // macOS hands a double-clicked file over as an event, also before ready.
  app.on('open-file', (event, path) => {
    event.preventDefault()
    openedFiles.add(path)
  })
  // The page takes it once loaded (files:takeOpened), so it waits in the queue until then.
  if (openFile) openedFiles.add(openFile)
  app.on('web-contents-created', (_e, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })

  let storage: Storage | null = null
  void app.whenReady().then(async () => {
    try {
      storage = await openStorage({ dir: dataDir, lock: { confirmTakeover: askLockTakeover } })
    } catch (e) {
      dialog.showErrorBox('年报助手无法启动', `无法打开数据文件夹“${dataDir}”：${(e as Error).message}`)
      app.exit(1)
      return
    }
    await start(storage)
  })

  // Storage closes last, after the windows (and their last saves); a failing disk is reported.
  closeStorageAtWillQuit(app, async () => {
    if (storage) await closeStorage(storage)
  })
  app.on('window-all-closed', () => app.quit())
}

main()
