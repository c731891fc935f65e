import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderExport } from '../src/main/export'
import { FORMATS } from '../src/shared/form'
import { parseExchangeText, reportFromExchange, type Report } from '../src/shared/report'
import { DEFAULT_TYPOGRAPHY } from '../src/shared/settings'
import type { HtmlPdfPrinter } from '../src/main/export'
import { withChromiumPrinter } from '../tests/helpers/chromium-pdf'
import { layoutProblems } from './render-layout'

// `npm run check:render [-- --update]`: renders the exported .docx (with LibreOffice) and the PDF
// export (with Chromium) of four reports, checks their layout from the PDF's text positions
// (scripts/render-layout.ts: title broken between words, groups of rows on one page, no label line of
// one character), then compares the pages that show the tables of the first two reports with the
// reference images in docs/render/ (a 24 × 34 grey thumbnail of each page kept in manifest.json, so
// small rendering noise passes and a broken table does not).
// --update rewrites the references. Slow (LibreOffice start-up): not part of every CI run.

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const refDir = join(root, 'docs/render')
const manifestPath = join(refDir, 'manifest.json')
const update = process.argv.includes('--update')
const THUMB = { w: 24, h: 34 }
/** Mean absolute grey difference (0–255) between thumbnails above which a page has changed. */
const TOLERANCE = 6

function fixture(): Report {
  const path = join(root, '../shared/fixtures/jiaxing-zjj-2020.json')
  const report = reportFromExchange(parseExchangeText(readFileSync(path, 'utf8')), { id: 'fixture' })
  report.contact = { address: '嘉兴市南湖区中山东路1号', postcode: '314000', phone: '0573-82000000', email: '', website: 'http://jsj.jiaxing.gov.cn' }
  report.signOff = { enabled: true, date: '2021-01-20' }
  return report
}

/** The fixture's numbers carried into the 2021 format, as an office would fill it a year later. */
function report2021(): Report {
  const base = fixture()
  const r = { ...reportFromExchange({ schema: 'nianbao/report@1', format: '2021', year: 2021, agency: base.agency, cells: {}, text: base.text }), id: 'r2021' }
  r.contact = base.contact
  r.signOff = { enabled: true, date: '2022-01-18' }
  for (const key of Object.keys(r.cells)) r.cells[key] = base.cells[key] ?? 0
  for (const row of ['regulations', 'normativeDocs']) {
    r.cells[`t2.${row}.issued`] = base.cells[`t2.${row}.made`]
    r.cells[`t2.${row}.repealed`] = 0
    r.cells[`t2.${row}.inForce`] = base.cells[`t2.${row}.total`]
  }
  r.cells['t2.fees.amount'] = 1.5
  for (const c of FORMATS['2021'].tables.t3.columns) {
    r.cells[`t3.other.misc.${c.key}`] = base.cells[`t3.other.${c.key}`]
    r.cells[`t3.other.overdueCorrection.${c.key}`] = 0
    r.cells[`t3.other.overdueFee.${c.key}`] = 0
  }
  return r
}

/** Reads a binary PGM (P5) as written by pdftoppm -gray. */
function readPgm(bytes: Buffer): { w: number; h: number; px: Uint8Array } {
  const header = bytes.subarray(0, 64).toString('latin1')
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(header)
  if (!m) throw new Error('not a PGM file')
  return { w: Number(m[1]), h: Number(m[2]), px: bytes.subarray(m[0].length) }
}

function thumbnail(pgm: { w: number; h: number; px: Uint8Array }): number[] {
  const out: number[] = []
  for (let ty = 0; ty < THUMB.h; ty++) {
    for (let tx = 0; tx < THUMB.w; tx++) {
      const x0 = Math.floor((tx * pgm.w) / THUMB.w), x1 = Math.floor(((tx + 1) * pgm.w) / THUMB.w)
      const y0 = Math.floor((ty * pgm.h) / THUMB.h), y1 = Math.floor(((ty + 1) * pgm.h) / THUMB.h)
      let sum = 0
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) sum += pgm.px[y * pgm.w + x]
      out.push(Math.round(sum / Math.max(1, (x1 - x0) * (y1 - y0))))
    }
  }
  return out
}

interface PageRef {
  file: string
  tables: string[]
  thumb: number[]
}

/** Texts that show a table is on a page: its first header label, from the form definition. */
function tableMarkers(report: Report): Record<string, string> {
  const { t2, t3, t4 } = FORMATS[report.format].tables
  return { t2: t2.blocks[0].caption, t3: t3.columns[0].groups[0].label, t4: t4.columns[0].groups[0].label }
}

/** The .docx export rendered to PDF by LibreOffice, as an office opens it. */
async function docxPdf(name: string, report: Report, work: string): Promise<string> {
  const docx = join(work, `${name}.docx`)
  writeFileSync(docx, await renderExport(report, 'docx', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY }))
  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/lo-profile`, '--convert-to', 'pdf', '--outdir', work, docx], { stdio: 'ignore', timeout: 180_000 })
  const pdf = join(work, `${name}.pdf`)
  if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}`)
  return pdf
}

/** The PDF export, printed by Chromium as the app prints it. */
async function exportPdf(name: string, report: Report, work: string, print: HtmlPdfPrinter): Promise<string> {
  const pdf = join(work, `${name}.pdf`)
  writeFileSync(pdf, await renderExport(report, 'pdf', { blankAs: 'zero', typography: DEFAULT_TYPOGRAPHY, printPdf: print }))
  return pdf
}

function renderPages(name: string, report: Report, pdf: string, work: string): PageRef[] {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(work, name)])
  execFileSync('pdftoppm', ['-gray', '-r', '60', pdf, join(work, `${name}-gray`)])
  const markers = tableMarkers(report)
  const pages = readdirSync(work).filter((f) => new RegExp(`^${name}-\\d+\\.png$`).test(f)).sort()
  const out: PageRef[] = []
  pages.forEach((png, i) => {
    const n = i + 1
    const text = execFileSync('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    const tables = Object.entries(markers).filter(([, m]) => text.includes(m)).map(([t]) => t)
    if (tables.length === 0) return
    const gray = readdirSync(work).find((f) => f.startsWith(`${name}-gray-`) && Number(f.replace(/\D+/g, ' ').trim().split(' ').pop()) === n)!
    const file = `${name}-p${n}.png`
    copyFileSync(join(work, png), join(work, file))
    out.push({ file, tables, thumb: thumbnail(readPgm(readFileSync(join(work, gray)))) })
  })
  return out
}

/** A long agency name (a title in three lines) on the 2021 report, and on the 2019 fixture. */
function longAgency(report: Report): Report {
  return { ...report, id: `${report.id}-long`, agency: '广西壮族自治区南宁市西乡塘区人民政府办公室' }
}

async function main(): Promise<number> {
  const work = mkdtempSync(join(tmpdir(), 'nianbao-render-'))
  // Four documents in both formats: the 2019 fixture, a 2021 report (the longest row labels), and
  // each with a long agency name. Reference pages are kept for the first two.
  const docs: [string, Report, boolean][] = [
    ['fixture-2019', fixture(), true],
    ['report-2021', report2021(), true],
    ['long-agency-2019', longAgency(fixture()), false],
    ['long-agency-2021', longAgency(report2021()), false]
  ]
  const rendered: PageRef[] = []
  let problems = 0
  await withChromiumPrinter(async (print) => {
    for (const [name, report, keepPages] of docs) {
      for (const [kind, pdf] of [['Word', await docxPdf(name, report, work)], ['PDF', await exportPdf(`${name}-pdf`, report, work, print)]] as const) {
        const found = layoutProblems(pdf, report)
        console.log(`${found.length === 0 ? '✓' : '✗'} ${name}（${kind}）排版检查${found.length === 0 ? '通过' : `：${found.length} 处问题`}`)
        for (const p of found) console.log(`    ${p}`)
        problems += found.length
        if (keepPages) rendered.push(...renderPages(kind === 'Word' ? name : `${name}-pdf`, report, pdf, work))
      }
    }
  })
  console.log(`渲染目录：${work}`)
  for (const p of rendered) console.log(`  ${p.file}: ${p.tables.join(', ')}`)
  if (problems > 0) return 1

  if (update || !existsSync(manifestPath)) {
    mkdirSync(refDir, { recursive: true })
    for (const p of rendered) copyFileSync(join(work, p.file), join(refDir, p.file))
    writeFileSync(manifestPath, JSON.stringify({ dpi: 60, thumb: THUMB, pages: rendered }, null, 0) + '\n')
    console.log(`已更新参考图：${refDir}`)
    return 0
  }
  const ref = JSON.parse(readFileSync(manifestPath, 'utf8')) as { pages: PageRef[] }
  let failed = 0
  for (const expected of ref.pages) {
    const got = rendered.find((p) => p.file === expected.file)
    if (!got) {
      console.log(`✗ ${expected.file}：这一页不再显示表格 ${expected.tables.join(', ')}`)
      failed++
      continue
    }
    const diff = got.thumb.reduce((s, v, i) => s + Math.abs(v - expected.thumb[i]), 0) / got.thumb.length
    const ok = diff <= TOLERANCE && got.tables.join() === expected.tables.join()
    console.log(`${ok ? '✓' : '✗'} ${expected.file}（${got.tables.join(', ')}）差异 ${diff.toFixed(2)}${ok ? '' : `，新图：${join(work, got.file)}`}`)
    if (!ok) failed++
  }
  for (const p of rendered.filter((p) => !ref.pages.some((e) => e.file === p.file))) {
    console.log(`✗ ${p.file}：新出现的表格页（${p.tables.join(', ')}）`)
    failed++
  }
  return failed > 0 ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`渲染检查失败：${e instanceof Error ? e.message : String(e)}`)
    process.exit(2)
  }
)
