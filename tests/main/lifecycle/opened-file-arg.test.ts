import { describe, expect, it } from 'vitest'
import { openedFileArg, requestedFile } from '../../../src/main/lifecycle/opened-file-arg'

const packaged = { fromSource: false, cwd: '/home/u', platform: 'linux' as const }
const source = { fromSource: true, cwd: '/home/u', platform: 'linux' as const }
const windows = { fromSource: false, cwd: 'C:\\Users\\u\\Desktop', platform: 'win32' as const }

describe('openedFileArg: the file a launch asks to open', () => {
  it('finds a double-clicked report after the packaged app’s executable', () => {
    expect(openedFileArg(['/opt/nianbao/nianbao', '/home/u/报告 2024.json'], packaged)).toBe('/home/u/报告 2024.json')
  })

  it('never takes the executable or, run from source, the app path for the file', () => {
    expect(openedFileArg(['/opt/nianbao/nianbao'], packaged)).toBeNull()
    expect(openedFileArg(['/usr/bin/electron', '/repo/out/main/index.json'], source)).toBeNull()
    expect(openedFileArg(['/usr/bin/electron', '.', 'r.json'], source)).toBe('/home/u/r.json')
  })

  it('skips switches, including Windows/Chromium ones put before the file and our own with a separate value', () => {
    const argv = ['C:\\Program Files\\年报助手\\年报助手.exe', '--allow-file-access-from-files', '--data-dir', 'D:\\data.json', 'C:\\报告\\2024.json']
    expect(openedFileArg(argv, windows)).toBe('C:\\报告\\2024.json')
    expect(openedFileArg(['/opt/n', '--data-dir=/d', '-psn_0_1234', 'x.pdf'], packaged)).toBe('/home/u/x.pdf')
  })

  it('resolves a relative path against the launching process’s folder, per platform', () => {
    expect(openedFileArg(['n.exe', '上年报告.docx'], windows)).toBe('C:\\Users\\u\\Desktop\\上年报告.docx')
    expect(openedFileArg(['n', '../r.JSON'], packaged)).toBe('/home/r.JSON')
  })

  it('reads a file:// URI as a desktop file’s %U passes it', () => {
    expect(openedFileArg(['n', 'file:///home/u/%E6%8A%A5%E5%91%8A.json'], packaged)).toBe('/home/u/报告.json')
    expect(openedFileArg(['n', 'file://remote-host/x.json'], packaged)).toBeNull()
  })

  it('ignores arguments that are not a kind the importer reads', () => {
    expect(openedFileArg(['n', 'notes.xlsx', 'readme'], packaged)).toBeNull()
    expect(openedFileArg(['n', 'notes.xlsx', 'r.doc'], packaged)).toBe('/home/u/r.doc')
  })
})

describe('requestedFile: what a second launch asked to open', () => {
  it('takes the path the second launch resolved, checked like an argument', () => {
    expect(requestedFile(['/opt/n'], '/', { dataDir: '/d', openFile: '/home/u/r.json' }, false)).toBe('/home/u/r.json')
    expect(requestedFile(['/opt/n'], '/', { dataDir: '/d', openFile: '--inspect=9229' }, false)).toBeNull()
    expect(requestedFile(['/opt/n'], '/', { dataDir: '/d', openFile: '/etc/shadow' }, false)).toBeNull()
  })

  it('falls back to its arguments, relative to its own folder, when its data has no file', () => {
    expect(requestedFile(['/opt/n', 'r.json'], '/home/u', { dataDir: '/d' }, false)).toBe('/home/u/r.json')
    expect(requestedFile(['/opt/n', 'r.json'], '/home/u', null, false)).toBe('/home/u/r.json')
    expect(requestedFile(['/opt/n'], '/home/u', null, false)).toBeNull()
  })
})
