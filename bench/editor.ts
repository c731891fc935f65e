import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { ROOT, startWebApp } from '../tests/e2e/support/web-server'

// The editor's speed in Chromium through serve:web (run `npm run build` first):
// - keystroke → warning panel: Enter committing a value in a 三 cell until the panel's DOM shows
//   the new warnings (and until the next frame), median and p95 over 200 edits; target < 16 ms;
// - first render of the editor: click 打开 → table 三 and the panel drawn (includes loading);
// - renderer bundle size, raw and gzip; target < 300 KB gzip.

const EDITS = 200

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

function summary(label: string, xs: number[]): string {
  const s = [...xs].sort((a, b) => a - b)
  return `${label}: median ${percentile(s, 50).toFixed(2)} ms, p95 ${percentile(s, 95).toFixed(2)} ms, max ${s[s.length - 1].toFixed(2)} ms (n=${s.length})`
}

function bundleSize(): string {
  const dir = join(ROOT, 'out/renderer/assets')
  let raw = 0
  let gz = 0
  for (const f of readdirSync(dir)) {
    if (!/\.(js|css)$/.test(f)) continue
    const buf = readFileSync(join(dir, f))
    raw += buf.length
    gz += gzipSync(buf).length
  }
  return `renderer bundle (js+css): ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip (target < 300 KB gzip)`
}

// In-page code as plain JavaScript: this file is typechecked without the DOM library.

/** Clicks 打开 and resolves with the time until table 三 and the panel are drawn. */
const OPEN_EDITOR = `new Promise((resolve) => {
  const t0 = performance.now()
  document.querySelector('[data-testid=open-report]').click()
  const check = () =>
    document.querySelector('[data-testid=grid-t3] [data-cell="t3.carriedForward.total"]') && document.querySelector('[data-testid=warning-counts]')
      ? resolve(performance.now() - t0)
      : requestAnimationFrame(check)
  check()
})`

/** Types 0/1 alternately into 三（一）自然人 and presses Enter, timing each Enter until the panel changes. */
function editLoop(edits: number): string {
  return `(async () => {
  const input = () => document.querySelector('[data-cell="t3.new.natural"]')
  const panel = document.querySelector('[data-testid=warnings-panel]')
  const counts = () => document.querySelector('[data-testid=warning-counts]').textContent
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const toDom = []
  const toFrame = []
  let unchanged = 0
  for (let i = 0; i < ${edits}; i++) {
    const el = input()
    el.focus()
    setValue.call(el, String((i + 1) % 2))
    el.dispatchEvent(new Event('input', { bubbles: true }))
    const before = counts()
    const updated = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (counts() !== before) {
          obs.disconnect()
          resolve(performance.now())
        }
      })
      obs.observe(panel, { subtree: true, childList: true, characterData: true })
    })
    const t0 = performance.now()
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    const t1 = await Promise.race([updated, new Promise((r) => setTimeout(() => r(-1), 1000))])
    if (t1 < 0) unchanged++
    else toDom.push(t1 - t0)
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    toFrame.push(performance.now() - t0)
  }
  return { toDom, toFrame, unchanged }
})()`
}

export async function run(): Promise<void> {
  console.log(bundleSize())
  const app = await startWebApp()
  const browser = await chromium.launch({
    executablePath: process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    await page.goto(app.url)
    // A complete report of zeros (consistent): toggling one cell between 0 and 1 adds and removes C1/C3.
    await page.evaluate(async () => {
      const r = await nianbao.reports.create({ agency: '基准测试局', year: 2025 })
      for (const k of Object.keys(r.cells)) r.cells[k] = 0
      r.text = { overview: '本年度共收到政府信息公开申请0件。', problems: '一是公开质量有待提高。', other: '本年度未收取信息处理费。' }
      await nianbao.reports.save(r)
    })
    await page.reload()

    const renders: number[] = []
    for (let i = 0; i < 5; i++) {
      await page.waitForSelector('[data-testid=open-report]')
      renders.push(await page.evaluate<number>(OPEN_EDITOR))
      if (i < 4) await page.click('[data-testid=go-home]')
    }
    console.log(summary('first render of the editor (open → table 三 and panel drawn)', renders))

    const result = await page.evaluate<{ toDom: number[]; toFrame: number[]; unchanged: number }>(editLoop(EDITS))
    console.log(summary(`keystroke in a 三 cell → warning panel updated (DOM), ${EDITS} edits`, result.toDom))
    console.log(summary('keystroke → next frame (includes waiting for the frame)', result.toFrame))
    if (result.unchanged) console.log(`edits where the panel did not change: ${result.unchanged}`)
  } finally {
    await browser.close()
    await app.dispose()
  }
}
