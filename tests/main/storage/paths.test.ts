import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveDataDir, sameFolder, userDataDirArg } from '../../../src/main/storage/paths'

describe('data folder', () => {
  it('is --data-dir, else NIANBAO_DATA_DIR, else inside userData', () => {
    expect(resolveDataDir(['app', '--data-dir=/tmp/a'], { NIANBAO_DATA_DIR: '/tmp/b' }, '/u')).toBe('/tmp/a')
    expect(resolveDataDir(['app', '--data-dir', '/tmp/c'], {}, '/u')).toBe('/tmp/c')
    expect(resolveDataDir(['app'], { NIANBAO_DATA_DIR: '/tmp/b' }, '/u')).toBe('/tmp/b')
    expect(resolveDataDir(['app'], {}, '/u')).toBe(resolve('/u', 'data'))
    expect(resolveDataDir(['app', '--data-dir=rel'], {}, '/u')).toBe(resolve(process.cwd(), 'rel'))
  })

  it('takes --user-data-dir for the app’s own folder, absent otherwise', () => {
    expect(userDataDirArg(['app', '--user-data-dir=/tmp/u1'])).toBe('/tmp/u1')
    expect(userDataDirArg(['app', '--user-data-dir', '/tmp/u2'])).toBe('/tmp/u2')
    expect(userDataDirArg(['app', '--user-data-dir=rel'])).toBe(resolve(process.cwd(), 'rel'))
    expect(userDataDirArg(['app', '--data-dir=/tmp/a'])).toBeNull()
  })

  it('compares folders as the platform does: Windows ignores case, trailing separators never count', () => {
    expect(sameFolder('/tmp/a/', '/tmp/a', 'linux')).toBe(true)
    expect(sameFolder('/tmp/A', '/tmp/a', 'linux')).toBe(false)
    expect(sameFolder('/tmp/A', '/tmp/a', 'win32')).toBe(true)
    expect(sameFolder('/tmp/a', '/tmp/b', 'win32')).toBe(false)
  })
})
