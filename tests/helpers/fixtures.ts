import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** ../shared beside the project root: the reference material tests may read. */
export const SHARED = resolve(__dirname, '../../../shared')

export function sharedPath(...parts: string[]): string {
  return resolve(SHARED, ...parts)
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8')
}
