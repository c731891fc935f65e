import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openStorage } from '../../../src/main/storage/storage'
import { useTempDirs } from './temp-dir'

const tempDir = useTempDirs()

/** A folder with one report saved twice, so its backup holds the first version. */
async function seeded() {
  const dir = tempDir()
  const s = await openStorage({ dir })
  const r = await s.create({ agency: '某市统计局', year: 2024 })
  await s.save({ ...r, text: { ...r.text, overview: '第一稿' } })
  await s.save({ ...r, text: { ...r.text, overview: '第二稿' } })
  await s.close()
  return { dir, id: r.id, file: join(dir, 'reports', `${r.id}.json`) }
}

describe('damaged data files', () => {
  it('moves a corrupt report file aside, restores the last good copy and says so', async () => {
    const { dir, id, file } = await seeded()
    writeFileSync(file, '{"schemaVersion":1,"report":{"id":') // a write cut short
    const s = await openStorage({ dir })
    expect(s.get(id).text.overview).toBe('第一稿')
    const status = s.status()
    expect(status.recovered?.message).toContain('已损坏')
    expect(status.recovered?.message).toContain('已恢复最近一次完好的备份')
    expect(existsSync(status.recovered!.movedTo)).toBe(true)
    expect(readFileSync(status.recovered!.movedTo, 'utf8')).toContain('"report":{"id":')
    // The main file is sound again for the next start.
    expect(JSON.parse(readFileSync(file, 'utf8')).report.id).toBe(id)
    await s.close()
  })

  it('treats an empty file (power cut) as damaged, never as an empty report list', async () => {
    const { dir, id, file } = await seeded()
    writeFileSync(file, '')
    const s = await openStorage({ dir })
    expect(s.list().map((r) => r.id)).toEqual([id])
    expect(s.status().recovered?.message).toContain('文件是空的')
    await s.close()
  })

  it('treats valid JSON of the wrong shape as damaged', async () => {
    const { dir, id, file } = await seeded()
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, report: { id, cells: 'x' } }))
    const s = await openStorage({ dir })
    expect(s.get(id).text.overview).toBe('第一稿')
    expect(s.status().recovered).not.toBeNull()
    await s.close()
  })

  it('with no good copy, keeps the damaged file aside and tells the user instead of starting silently', async () => {
    const { dir, file } = await seeded()
    writeFileSync(file, 'garbage')
    writeFileSync(`${file}.bak`, '')
    const s = await openStorage({ dir })
    expect(s.list()).toEqual([])
    expect(s.status().recovered?.message).toContain('没有可用的备份')
    expect(readdirSync(join(dir, 'reports')).some((n) => n.includes('.damaged-'))).toBe(true)
    await s.close()
  })

  it('restores a missing report file from its backup', async () => {
    const { dir, id, file } = await seeded()
    writeFileSync(file, '') // then the sync tool deletes it
    const { unlinkSync } = await import('node:fs')
    unlinkSync(file)
    const s = await openStorage({ dir })
    expect(s.get(id).text.overview).toBe('第一稿')
    expect(s.status().recovered?.message).toContain('已从备份恢复')
    await s.close()
  })

  it('recovers a damaged settings file from its backup', async () => {
    const dir = tempDir()
    const s = await openStorage({ dir })
    await s.setSettings({ ...s.settings(), blankAs: 'slash' })
    await s.setSettings({ ...s.settings(), blankAs: 'slash' })
    await s.close()
    writeFileSync(join(dir, 'settings.json'), '\0\0\0\0')
    const again = await openStorage({ dir })
    expect(again.settings().blankAs).toBe('slash')
    expect(again.status().recovered?.message).toContain('settings.json')
    await again.close()
  })

  it('migrates a version-0 file (a bare report) to the current schema', async () => {
    const { dir, id, file } = await seeded()
    const bare = JSON.parse(readFileSync(file, 'utf8')).report
    writeFileSync(file, JSON.stringify(bare))
    const s = await openStorage({ dir })
    expect(s.get(id).text.overview).toBe('第二稿')
    expect(s.status().recovered).toBeNull()
    await s.save(s.get(id))
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1)
    await s.close()
  })

  it('a damaged history file is restored from its backup and reported; the report is untouched', async () => {
    let clock = Date.parse('2025-01-10T08:00:00Z')
    const dir = tempDir()
    const s = await openStorage({ dir, now: () => new Date(clock) })
    const r = await s.create({ agency: '某市统计局', year: 2024 })
    for (const text of ['一稿', '二稿', '三稿']) {
      clock += 10 * 60_000
      await s.save({ ...r, text: { ...r.text, overview: text } })
    }
    expect(await s.snapshots(r.id)).toHaveLength(3) // blank, 一稿, 二稿
    await s.close()
    writeFileSync(join(dir, 'reports', `${r.id}.history.json`), '{"schemaVersion":1,"snap')
    const again = await openStorage({ dir })
    expect(again.get(r.id).text.overview).toBe('三稿')
    expect(again.status().recovered).toBeNull() // history is opened on first use
    expect(await again.snapshots(r.id)).toHaveLength(2) // the backup: the history before the last snapshot
    expect(again.status().recovered?.message).toContain('history.json')
    await again.close()
  })
})
