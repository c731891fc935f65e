import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, repoRoot } from '../helpers/built-app'

// The built renderer (out/renderer): what the editor loads stays small, and ECharts comes in its own
// chunk, fetched only when the years screen (历年对比) opens.

const DIR = join(repoRoot, 'out/renderer')
const ASSETS = join(DIR, 'assets')
const LIMIT_GZIP = 300 * 1024

beforeAll(() => ensureBuilt(), 180_000)

const read = (file: string) => readFileSync(join(ASSETS, file), 'utf8')
const gzipSize = (file: string) => gzipSync(readFileSync(join(ASSETS, file))).length
const refs = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1])
/** Static imports of a chunk: `from"./x.js"` and `import"./x.js"`. */
const staticImports = (code: string) => refs(code, /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)
/** Dynamic imports: `import("./x.js")` (vite keeps the path literal). */
const dynamicImports = (code: string) => refs(code, /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)
/** Files a dynamic import preloads with it (vite's __vite__mapDeps list): its CSS among them. */
const preloadList = (code: string) => refs(code, /["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)
/** ECharts' own internal markers (zrender/echarts property names kept by minification). */
const isEcharts = (code: string) => code.includes('__ec_inner_') && code.includes('__ec_primitive__')

function staticClosure(start: string[]): Set<string> {
  const seen = new Set<string>()
  const todo = [...start]
  while (todo.length > 0) {
    const f = todo.pop()!
    if (seen.has(f) || !f.endsWith('.js')) continue
    seen.add(f)
    todo.push(...staticImports(read(f)))
  }
  return seen
}

/**
 * What the page loads before the user leaves the editor: the entry of index.html and what it
 * imports, plus the app module the entry itself loads at start (main.tsx's import('./app')) and
 * its imports. Screens the app loads with React.lazy are not in it.
 */
function mainBundle(): { js: Set<string>; css: Set<string> } {
  const html = readFileSync(join(DIR, 'index.html'), 'utf8')
  const entries = refs(html, /src="\.\/assets\/([\w.-]+\.js)"/g)
  const css = new Set(refs(html, /href="\.\/assets\/([\w.-]+\.css)"/g))
  expect(entries.length).toBe(1)
  const entry = staticClosure(entries)
  const atStart = [...entry].flatMap((f) => dynamicImports(read(f)))
  const js = staticClosure([...entry, ...atStart])
  // The app module's stylesheet comes with it (the entry's preload list holds only what it loads at start).
  for (const f of entry) for (const dep of preloadList(read(f))) if (dep.endsWith('.css')) css.add(dep)
  return { js, css }
}

describe('the renderer bundle', () => {
  it('the editor loads under 300 KB gzip (JavaScript and CSS)', () => {
    const { js, css } = mainBundle()
    const total = [...js, ...css].reduce((n, f) => n + gzipSize(f), 0)
    console.log(`renderer main bundle: ${[...js, ...css].join(', ')} = ${(total / 1024).toFixed(1)} KB gzip`)
    expect(total).toBeGreaterThan(20 * 1024) // it is the app, not an empty page
    expect(total).toBeLessThan(LIMIT_GZIP)
  })

  it('ECharts is in a chunk of its own, loaded on demand, not in the editor’s bundle', () => {
    const { js } = mainBundle()
    for (const f of js) expect(isEcharts(read(f)), f).toBe(false)
    const chunks = readdirSync(ASSETS).filter((f) => f.endsWith('.js'))
    const charts = chunks.filter((f) => isEcharts(read(f)))
    expect(charts).toHaveLength(1)
    // Reached only through a dynamic import, never a static one.
    const importers = chunks.filter((f) => dynamicImports(read(f)).includes(charts[0]))
    expect(importers.length).toBeGreaterThan(0)
    for (const f of chunks) expect(staticImports(read(f)), f).not.toContain(charts[0])
    console.log(`echarts chunk: ${charts[0]} = ${(gzipSize(charts[0]) / 1024).toFixed(1)} KB gzip`)
  })
})
