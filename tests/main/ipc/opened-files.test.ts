import { describe, expect, it } from 'vitest'
import { OpenedFiles } from '../../../src/main/ipc/opened-files'

describe('OpenedFiles: files the system asked to open, waiting for the page', () => {
  it('hands them over in order, once each, and tells listeners the file name only', () => {
    const files = new OpenedFiles()
    const told: string[] = []
    const stop = files.onAdded((name) => told.push(name))
    files.add('/a/一.json')
    files.add('/b/二.pdf')
    expect(told).toEqual(['一.json', '二.pdf'])
    expect([files.take(), files.take(), files.take()]).toEqual(['/a/一.json', '/b/二.pdf', null])
    stop()
    files.add('/c/三.json')
    expect(told).toHaveLength(2)
  })

  it('keeps only the latest five of a burst of launches', () => {
    const files = new OpenedFiles()
    for (let i = 1; i <= 8; i++) files.add(`/r/${i}.json`)
    const taken: (string | null)[] = []
    for (let i = 0; i < 6; i++) taken.push(files.take())
    expect(taken).toEqual(['/r/4.json', '/r/5.json', '/r/6.json', '/r/7.json', '/r/8.json', null])
  })
})
