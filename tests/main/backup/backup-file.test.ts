import { describe, expect, it } from 'vitest'
import { BACKUP_SCHEMA, BackupError, readBackupText, writeBackupText } from '../../../src/main/backup/backup-file'
import { newReport } from '../../../src/shared/report/create'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'

const NOW = new Date('2026-01-10T08:00:00Z')

function reports() {
  const last = newReport({ agency: '某某市某某局', year: 2024, now: NOW })
  last.cells['t3.new.natural'] = 56
  const current = { ...newReport({ agency: '某某市某某局', year: 2025, now: NOW }), previousId: last.id }
  current.text.overview = '2025年，本局……'
  return [last, current]
}

describe('backup file', () => {
  it('round-trips every report and the settings unchanged', () => {
    const rs = reports()
    const settings = { ...DEFAULT_SETTINGS, blankAs: 'slash' as const }
    const back = readBackupText(writeBackupText(rs, settings, NOW))
    expect(back.reports).toEqual(rs)
    expect(back.settings).toEqual(settings)
    expect(back.createdAt).toBe(NOW.toISOString())
  })

  it('carries a format version and a checksum', () => {
    const file = JSON.parse(writeBackupText(reports(), DEFAULT_SETTINGS, NOW)) as Record<string, unknown>
    expect(file.schema).toBe(BACKUP_SCHEMA)
    expect(file.checksum).toMatch(/^sha256:[0-9a-f]{64}$/)
  })

  it('refuses a file changed after it was written (checksum)', () => {
    const text = writeBackupText(reports(), DEFAULT_SETTINGS, NOW).replace('"t3.new.natural": 56', '"t3.new.natural": 65')
    expect(text).toContain('65')
    expect(() => readBackupText(text)).toThrow(/校验值不符/)
  })

  it('refuses a cut-off file, plain text, and a JSON file that is no backup, in Chinese', () => {
    const text = writeBackupText(reports(), DEFAULT_SETTINGS, NOW)
    expect(() => readBackupText(text.slice(0, text.length / 2))).toThrow(BackupError)
    expect(() => readBackupText(text.slice(0, text.length / 2))).toThrow(/不是年报助手的备份文件/)
    expect(() => readBackupText('一、总体情况')).toThrow(/不是年报助手的备份文件/)
    expect(() => readBackupText('{"hello":1}')).toThrow(/缺少备份的版本标记/)
    expect(() => readBackupText('null')).toThrow(/缺少备份的版本标记/)
  })

  it('tells an exchange file (one report) and a newer backup version apart from a broken file', () => {
    expect(() => readBackupText(JSON.stringify({ schema: 'nianbao/report@1', agency: 'x' }))).toThrow(/报告交换文件/)
    expect(() => readBackupText(JSON.stringify({ schema: 'nianbao/backup@2' }))).toThrow(/更新版本/)
  })

  it('checks every report fully, even with a matching checksum', () => {
    const rs = reports() as unknown as Record<string, unknown>[]
    rs[1] = { ...rs[1], year: 'twenty' }
    // Written by hand with a correct checksum: the shape check still refuses it.
    const text = writeBackupText(rs as never, DEFAULT_SETTINGS, NOW)
    expect(() => readBackupText(text)).toThrow(/内容不完整或格式不对.*year/)
  })

  it('refuses a backup holding two reports with the same id', () => {
    const [a] = reports()
    const text = writeBackupText([a, { ...a, agency: '另一个局' }], DEFAULT_SETTINGS, NOW)
    expect(() => readBackupText(text)).toThrow(/编号相同/)
  })
})
