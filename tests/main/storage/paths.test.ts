import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir } from '../../../src/main/storage/paths'

describe('data folder', () => {
  it('is --data-dir, else NIANBAO_DATA_DIR, else inside userData', () => {
    expect(resolveDataDir(['app', '--data-dir=/tmp/a'], { NIANBAO_DATA_DIR: '/tmp/b' }, '/u')).toBe('/tmp/a')
    expect(resolveDataDir(['app', '--data-dir', '/tmp/c'], {}, '/u')).toBe('/tmp/c')
    expect(resolveDataDir(['app'], { NIANBAO_DATA_DIR: '/tmp/b' }, '/u')).toBe('/tmp/b')
    expect(resolveDataDir(['app'], {}, '/u')).toBe(resolve('/u', 'data'))
    expect(resolveDataDir(['app', '--data-dir=rel'], {}, '/u')).toBe(resolve(process.cwd(), 'rel'))
  })
})
