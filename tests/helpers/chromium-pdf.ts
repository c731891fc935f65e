import { chromium, type Browser } from '@playwright/test'
import { PDF_PRINT_OPTIONS, type HtmlPdfPrinter } from '../../src/main/export'

// The PDF export printed here as the app prints it, with the same options, by Playwright's Chromium
// (the app uses Electron's webContents.printToPDF, which cannot run on this machine).

export async function withChromiumPrinter<T>(run: (print: HtmlPdfPrinter) => Promise<T>): Promise<T> {
  const browser: Browser = await chromium.launch({ executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium' })
  try {
    const print: HtmlPdfPrinter = async (html) => {
      const page = await browser.newPage({ javaScriptEnabled: false })
      try {
        await page.setContent(html, { waitUntil: 'load' })
        return new Uint8Array(await page.pdf({ ...PDF_PRINT_OPTIONS }))
      } finally {
        await page.close()
      }
    }
    return await run(print)
  } finally {
    await browser.close()
  }
}
