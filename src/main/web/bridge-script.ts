import { buildSync } from 'esbuild'
import { fileURLToPath } from 'node:url'

// The browser-side window.nianbao (src/preload/web-bridge.ts) bundled into one classic script.
// esbuild is already here as tsx's compiler, which is what runs the web bridge.

export function bundleBridgeScript(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../../preload/web-bridge.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    logLevel: 'silent'
  })
  return result.outputFiles[0].text
}
