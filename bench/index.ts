import { readdirSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

// `npm run bench [-- NAME…]`: runs every bench/*.ts (each exports `async function run()` printing its
// figures), or only the ones named.

const here = dirname(fileURLToPath(import.meta.url))
const all = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.d.ts'))
  .map((f) => basename(f, '.ts'))
  .sort()
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const unknown = wanted.filter((w) => !all.includes(w))
if (unknown.length > 0) {
  console.error(`没有这个基准测试：${unknown.join('、')}（可选：${all.join('、')}）`)
  process.exit(2)
}

for (const name of wanted.length > 0 ? wanted : all) {
  const mod = (await import(pathToFileURL(join(here, `${name}.ts`)).href)) as { run?: () => Promise<void> }
  if (typeof mod.run !== 'function') {
    console.error(`bench/${name}.ts 没有导出 run()`)
    process.exitCode = 1
    continue
  }
  console.log(`\n## ${name}`)
  await mod.run()
}
