/// <reference types="electron-vite/node" />
import workerPath from '../import/worker?modulePath'
import { useBuiltWorker } from '../import/worker-source'

// The CLI's entry in the app's build (out/main/cli.js, see electron.vite.config.ts): plain
// JavaScript that starts in a tenth of the time tsx needs to transpile the sources, with the import
// worker the build emitted beside it. `npm run cli` runs it when it is newer than the sources
// (scripts/cli.mjs); from source, index.ts is the entry and the worker is bundled on first use.

useBuiltWorker(workerPath)
await import('./index')
