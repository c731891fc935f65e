import { resolve } from 'node:path'

// Tests that need the built app (out/) use the one `npm test` builds before the unit tests; a
// targeted `npx vitest run` builds it when it is missing or older than the sources (once, even
// with test files in parallel workers: see the Electron stand-in's ensureBuilt).

export const repoRoot = resolve(import.meta.dirname, '../..')

export { ensureBuilt } from '../support/electron-stand-in'
