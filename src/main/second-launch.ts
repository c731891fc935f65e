import { dialog, type BrowserWindow } from 'electron'
import { resolveDataDir, sameFolder } from './storage/paths'

// A second launch only wakes the first (two copies writing one folder would lose saves). When it
// asked for another data folder, the user is told so in the first window instead of nothing.

/** What a launch passes to the running copy (app.requestSingleInstanceLock's additional data). */
export interface LaunchRequest {
  dataDir: string
  /** The file it was asked to open (absolute, resolved in its own working folder). */
  openFile?: string
}

/** The data folder the second launch asked for: from its own data, else from its arguments. */
export function requestedDataDir(argv: readonly string[], data: unknown, userData: string): string {
  const dir = (data as Partial<LaunchRequest> | null)?.dataDir
  return typeof dir === 'string' && dir ? dir : resolveDataDir(argv, {}, userData)
}

export function onSecondLaunch(win: BrowserWindow | null, openDir: string, askedDir: string): void {
  if (!win || win.isDestroyed()) return
  if (win.isMinimized()) win.restore()
  win.show()
  win.focus()
  if (sameFolder(askedDir, openDir)) return
  void dialog.showMessageBox(win, {
    type: 'info',
    title: '年报助手已在运行',
    message: '年报助手已在运行，这次启动没有打开另一个数据文件夹。',
    detail: `正在使用的数据文件夹：${openDir}\n这次启动要求的数据文件夹：${askedDir}\n\n同一时间只能运行一个年报助手。如要使用另一个数据文件夹，请先退出年报助手，再用该文件夹重新启动。`,
    buttons: ['知道了']
  })
}
