import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { devCspNonce } from './scripts/vite/dev-csp'

export default defineConfig({
  main: {
    build: {
      // cli: the command line as plain JavaScript (out/main/cli.js), run by `npm run cli`.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), cli: resolve('src/main/cli/built.ts') } }
    }
  },
  preload: {
    // A sandboxed preload cannot be ESM: emit CommonJS with every import bundled.
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve('src/renderer'),
    // electron-vite leaves the renderer unminified; minify it to keep the bundle small.
    build: { minify: true, rollupOptions: { input: { index: resolve('src/renderer/index.html') } } },
    plugins: [react(), devCspNonce()]
  }
})
