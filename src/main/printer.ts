import { BrowserWindow } from 'electron'
import type { PrintResponse } from '../shared/ipc'

// 打印: the web-page export loaded in a hidden window with scripts off, then the system print
// dialog (webContents.print, not silent): the user picks the printer, pages and copies there.

export async function electronPrintDocument(html: string): Promise<PrintResponse> {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } })
  try {
    // Base64 keeps Chinese text at 4 URL characters each (9 when %-encoded), far within Chromium's URL limit.
    await win.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    const printed = await new Promise<boolean>((resolve, reject) => {
      win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
        if (success) resolve(true)
        // Closing the dialog is the user's choice, not an error.
        else if (/cancel/i.test(failureReason)) resolve(false)
        else reject(new Error(failureReason))
      })
    })
    return { printed }
  } finally {
    win.destroy()
  }
}
