import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { extractAll, extractFile, listPackage, statFile } from '@electron/asar'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, repoRoot } from '../helpers/built-app'
import { packWithStandIn, type PackedApp } from '../helpers/stand-in-package'

// The packaged app, verified without an Electron binary: electron-builder with the project's
// electron-builder.yml packs for Linux x64 against a stand-in Electron folder, so all but the
// binary is what the .deb and AppImage ship. The figures printed here are quoted in the README.

// 13 MB before the PDF reader; pdf.js (legacy build, parser and Chinese CMaps) adds about 4 MB.
const ASAR_BUDGET = 20 * 1024 * 1024

let packed: PackedApp
let files: string[]

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

describe.skipIf(process.platform === 'win32')('the app packed by electron-builder (linux x64, stand-in Electron)', () => {
  beforeAll(() => {
    ensureBuilt()
    packed = packWithStandIn()
    files = listPackage(packed.asar, { isPack: false }).map((f) => f.replace(/\\/g, '/'))
    const fileCount = files.filter((f) => !('files' in statFile(packed.asar, f.slice(1)))).length
    console.log(`app.asar: ${(statSync(packed.asar).size / 1048576).toFixed(1)} MB, ${fileCount} files`)
  }, 150000)

  it('has the executable renamed from the stand-in, the app archive, and only the Chinese and English locales', () => {
    expect(statSync(join(packed.appDir, 'nianbao')).mode & 0o111).not.toBe(0)
    expect(readFileSync(join(packed.appDir, 'nianbao'), 'utf8')).toContain('stand-in electron')
    expect(existsSync(packed.asar)).toBe(true)
    expect(readdirSync(join(packed.appDir, 'locales')).sort()).toEqual(['en-US.pak', 'zh-CN.pak'])
    expect(existsSync(join(packed.appDir, 'LICENSE.electron.txt'))).toBe(true)
  })

  it('holds every file of the built out/ folder', () => {
    const built = walk(join(repoRoot, 'out')).map((f) => `/${relative(repoRoot, f).replace(/\\/g, '/')}`)
    expect(built).toContain('/out/main/index.js')
    expect(built).toContain('/out/preload/index.cjs')
    expect(built).toContain('/out/renderer/index.html')
    for (const f of built.filter((f) => !f.endsWith('.map'))) expect(files).toContain(f)
  })

  it('has no sources, tests, scripts or tooling', () => {
    const top = new Set(files.map((f) => f.split('/')[1]))
    expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json'])
    expect(files.filter((f) => /\.(map|[cm]?tsx?)$/.test(f))).toEqual([])
  })

  it('has the production dependencies and none of the development ones', () => {
    // electron-builder re-hoists the modules it packs, so compare by name and version, not path.
    const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { name?: string; version?: string; dev?: boolean; devOptional?: boolean }>
    }
    const production = new Set<string>()
    const any = new Set<string>()
    for (const [path, entry] of Object.entries(lock.packages)) {
      if (!path) continue
      const id = `${entry.name ?? path.replace(/^.*node_modules\//, '')}@${entry.version}`
      any.add(id)
      if (!entry.dev && !entry.devOptional) production.add(id)
    }
    const moduleDirs = files.filter((f) => /^(\/node_modules\/(@[^/]+\/)?[^/@][^/]*)+\/package\.json$/.test(f))
    const modules = moduleDirs.map((f) => {
      const m = JSON.parse(extractFile(packed.asar, f.slice(1)).toString('utf8')) as { name: string; version: string }
      return `${m.name}@${m.version}`
    })
    expect(modules.length).toBeGreaterThan(5)
    expect(modules.filter((id) => !any.has(id))).toEqual([])
    expect(modules.filter((id) => !production.has(id))).toEqual([])
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
    for (const dep of Object.keys(pkg.dependencies)) expect(modules.some((id) => id.startsWith(`${dep}@`)), dep).toBe(true)
    // Type-only packages that docx drags in are left out too.
    expect(files.some((f) => f.startsWith('/node_modules/@types/') || f.startsWith('/node_modules/undici-types/'))).toBe(false)
  })

  it('keeps the package.json the app starts from, without scripts or dev dependencies', () => {
    const manifest = JSON.parse(extractFile(packed.asar, 'package.json').toString('utf8'))
    expect(manifest.main).toBe('./out/main/index.js')
    expect(manifest.devDependencies).toBeUndefined()
    expect(manifest.scripts).toBeUndefined()
    // Electron names the data folder after productName, else name: "nianbao", as from source.
    expect(manifest.name).toBe('nianbao')
    expect(manifest.productName).toBeUndefined()
  })

  it('stays within its size budget', () => {
    expect(statSync(packed.asar).size).toBeLessThan(ASAR_BUDGET)
  })

  it('lets the main process load every package it imports from inside the archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-asar-'))
    extractAll(packed.asar, dir)
    const builtins = new Set([...builtinModules, 'electron'])
    const specifiers = new Set<string>()
    for (const f of walk(join(dir, 'out/main')).filter((f) => f.endsWith('.js'))) {
      // Not a word ending in "from" (the CLI's `--from` option): only `from "…"` and `import("…")`.
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:(?<![\w$-])from\s*|import\s*\(\s*)["']([^"'./][^"']*)["']/g)) {
        if (!m[1].startsWith('node:') && !builtins.has(m[1])) specifiers.add(m[1])
      }
    }
    expect([...specifiers]).toContain('docx')
    // pdf.js is loaded by the app's own PDF reader (which supplies what pdf.js's display layer needs
    // at load), so it is checked by the next test through that reader.
    const plain = [...specifiers].filter((s) => !s.startsWith('pdfjs-dist'))
    const check = join(dir, 'out/main/deps-check.mjs')
    writeFileSync(check, `for (const s of ${JSON.stringify(plain)}) await import(s)\nconsole.log('loaded')\n`)
    const r = spawnSync(process.execPath, [check], { cwd: dir, encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout.trim()).toBe('loaded')
  })

  it('reads a PDF with the built import worker from inside the archive (no canvas package packed)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nb-asar-pdf-'))
    extractAll(packed.asar, dir)
    expect(existsSync(join(dir, 'node_modules/@napi-rs'))).toBe(false)
    // The import worker itself, not the chunks the app and the CLI share (the worker's path, worker-source).
    const chunks = join(dir, 'out/main/chunks')
    const worker = readdirSync(chunks).find((f) => /^worker-.*\.js$/.test(f) && readFileSync(join(chunks, f), 'utf8').includes('parentPort'))
    expect(worker).toBeDefined()
    const pdf = join(repoRoot, 'tests/fixtures/official-2021-filled.lo.pdf')
    const expected = JSON.parse(readFileSync(`${pdf}.expected.json`, 'utf8'))
    const check = join(dir, 'out/main/pdf-check.mjs')
    writeFileSync(
      check,
      `import { readFileSync } from 'node:fs'\nimport { Worker } from 'node:worker_threads'\n` +
        `const w = new Worker(new URL('./chunks/${worker}', import.meta.url))\n` +
        `w.once('message', (m) => { console.log(JSON.stringify(m)); w.terminate() })\n` +
        `w.postMessage({ bytes: new Uint8Array(readFileSync(${JSON.stringify(pdf)})), fileName: 'a.pdf', opts: {} })\n`
    )
    const r = spawnSync(process.execPath, [check], { cwd: dir, encoding: 'utf8' })
    expect(r.status, r.stderr).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.ok, out.message).toBe(true)
    expect(out.result.report.cells).toEqual(expected.cells)
  })

})
