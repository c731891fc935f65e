import type { MenuItemConstructorOptions } from 'electron'
import type { IpcEvents } from '../shared/ipc'

// The native menu in Chinese (文件 / 编辑 / 视图 / 帮助). App actions go to the renderer as
// menu:command events; clipboard and zoom use Electron's built-in roles.

export type MenuCommand = IpcEvents['menu:command']['command']

export interface MenuActions {
  send(command: MenuCommand): void
  about(): void
  quit(): void
  /** Developer tools only in development builds. */
  devTools: boolean
}

export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (label: string, cmd: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(cmd)
  })
  return [
    {
      label: '文件(&F)',
      submenu: [
        command('新建报告…', 'new', 'CmdOrCtrl+N'),
        command('导入文件…', 'import', 'CmdOrCtrl+O'),
        { type: 'separator' },
        command('导出为 Word 文档…', 'export-docx', 'CmdOrCtrl+E'),
        command('导出为网页…', 'export-html'),
        command('导出为 PDF…', 'export-pdf'),
        command('导出交换文件（JSON）…', 'export-json'),
        { type: 'separator' },
        command('打印…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        command('设置…', 'settings', 'CmdOrCtrl+,'),
        { type: 'separator' },
        { label: '退出', accelerator: 'CmdOrCtrl+Q', click: () => actions.quit() }
      ]
    },
    {
      label: '编辑(&E)',
      submenu: [
        command('撤销', 'undo', 'CmdOrCtrl+Z'),
        command('重做', 'redo', process.platform === 'darwin' ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
        { type: 'separator' },
        { label: '剪切', role: 'cut', accelerator: 'CmdOrCtrl+X' },
        { label: '复制', role: 'copy', accelerator: 'CmdOrCtrl+C' },
        { label: '粘贴', role: 'paste', accelerator: 'CmdOrCtrl+V' },
        { label: '全选', role: 'selectAll', accelerator: 'CmdOrCtrl+A' }
      ]
    },
    {
      label: '视图(&V)',
      submenu: [
        { label: '放大', role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
        { label: '缩小', role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
        { label: '实际大小', role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
        { type: 'separator' },
        { label: '全屏', role: 'togglefullscreen', accelerator: 'F11' },
        ...(actions.devTools ? [{ type: 'separator' as const }, { label: '开发者工具', role: 'toggleDevTools' as const }] : [])
      ]
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于年报助手', click: () => actions.about() }]
    }
  ]
}
