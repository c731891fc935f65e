// Node loader hook: `import … from 'electron'` (from any main entry) resolves to the stand-in.

const STAND_IN = new URL('./electron.mjs', import.meta.url).href

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return { url: STAND_IN, shortCircuit: true, format: 'module' }
  return nextResolve(specifier, context)
}
