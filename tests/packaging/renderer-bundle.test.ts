import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, repoRoot } from '../helpers/built-app'
import { dynamicImports, editorChunks, gzipSize as chunkGzip, staticImports } from '../helpers/renderer-chunks'

// The built renderer (out/renderer): what the editor loads stays small, and ECharts comes in its own
// chunk, fetched only when the years screen (历年对比) opens.

const DIR = join(repoRoot, 'out/renderer')
const ASSETS = join(DIR, 'assets')
const LIMIT_GZIP = 300 * 1024

beforeAll(() => ensureBuilt(), 180_000)

const read = (file: string) => readFileSync(join(ASSETS, file), 'utf8')
/** ECharts' own internal markers (zrender/echarts property names kept by minification). */
const isEcharts = (code: string) => code.includes('__ec_inner_') && code.includes('__ec_primitive__')
const mainBundle = () => editorChunks(DIR)
const gzipSize = (file: string) => chunkGzip(DIR, file)

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
