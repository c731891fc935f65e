import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

// The built renderer's chunks (out/renderer/assets) as the page loads them: what the editor needs
// at start, apart from the screens loaded on demand. Shared by the bundle-size test and the bench.

const refs = (code: string, pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1])
/** Static imports of a chunk: `from"./x.js"` and `import"./x.js"`. */
export const staticImports = (code: string) => refs(code, /(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)
/** Dynamic imports: `import("./x.js")` (vite keeps the path literal). */
export const dynamicImports = (code: string) => refs(code, /import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)
/** Files a dynamic import preloads with it (vite's __vite__mapDeps list): its CSS among them. */
const preloadList = (code: string) => refs(code, /["'`]\.\/([\w.-]+\.(?:js|css))["'`]/g)

export function gzipSize(dir: string, file: string): number {
  return gzipSync(readFileSync(join(dir, 'assets', file)), { level: 9 }).length
}

/**
 * What the page loads before the user leaves the editor: the entry of index.html and what it
 * imports, plus the app module the entry itself loads at start (main.tsx's import('./app')) and
 * its imports. Screens the app loads with React.lazy are not in it.
 */
export function editorChunks(dir: string): { js: Set<string>; css: Set<string> } {
  const read = (file: string) => readFileSync(join(dir, 'assets', file), 'utf8')
  const closure = (start: string[]) => {
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
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
  const entries = refs(html, /src="\.\/assets\/([\w.-]+\.js)"/g)
  if (entries.length !== 1) throw new Error(`index.html should load one script, loads ${entries.length}`)
  const css = new Set(refs(html, /href="\.\/assets\/([\w.-]+\.css)"/g))
  const entry = closure(entries)
  const atStart = [...entry].flatMap((f) => dynamicImports(read(f)))
  const js = closure([...entry, ...atStart])
  // The app module's stylesheet comes with it (the entry's preload list holds only what it loads at start).
  for (const f of entry) for (const dep of preloadList(read(f))) if (dep.endsWith('.css')) css.add(dep)
  return { js, css }
}
