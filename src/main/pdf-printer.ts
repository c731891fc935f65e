import { BrowserWindow } from 'electron'
import { PDF_PRINT_OPTIONS, type HtmlPdfPrinter } from './export'

// Electron's side of the PDF export, kept thin: load the web-page export in a hidden window with
// scripts off, print it with the options the tests use with Chromium, close the window.

export const electronPdfPrinter: HtmlPdfPrinter = async (html) => {
  const win = new BrowserWindow({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true } })
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    const pdf = await win.webContents.printToPDF({ ...PDF_PRINT_OPTIONS, pageSize: 'A4' })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    win.destroy()
  }
}
