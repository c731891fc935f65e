import { useEffect, useState } from 'react'
import { DEFAULT_SETTINGS, autoTotalsOn, type AppSettings, type Typography } from '../../../../shared/settings'
import { api, errorMessage } from '../../api'
import { settingsSaved } from '../../app-settings'
import './settings.css'
import { DataPanel } from './data-panel'
import { numberProblem } from './number-check'

type NumberKey = { [K in keyof Typography]: Typography[K] extends number ? K : never }[keyof Typography]
type FontKey = { [K in keyof Typography]: Typography[K] extends string ? K : never }[keyof Typography]

const FONTS: { key: FontKey; label: string }[] = [
  { key: 'titleFont', label: '标题字体' },
  { key: 'bodyFont', label: '正文字体' },
  { key: 'heading1Font', label: '一级标题（一、）字体' },
  { key: 'heading2Font', label: '二级标题（（一））字体' },
  { key: 'heading3Font', label: '三级标题（1.）字体' },
  { key: 'latinFont', label: '数字和西文字体' },
  { key: 'tableFont', label: '表格字体' },
  { key: 'pageNumberFont', label: '页码字体' }
]

const SIZES: { key: NumberKey; label: string; unit: string; min: number; max: number; step: number }[] = [
  { key: 'titleSizePt', label: '标题字号', unit: '磅（2号=22）', min: 8, max: 48, step: 0.5 },
  { key: 'bodySizePt', label: '正文字号', unit: '磅（3号=16）', min: 8, max: 32, step: 0.5 },
  { key: 'tableSizePt', label: '表格字号', unit: '磅（五号=10.5）', min: 6, max: 16, step: 0.5 },
  { key: 'pageNumberSizePt', label: '页码字号', unit: '磅（4号=14）', min: 6, max: 20, step: 0.5 },
  { key: 'lineSpacingPt', label: '正文固定行距', unit: '磅', min: 10, max: 60, step: 0.1 },
  { key: 'firstLineIndentChars', label: '首行缩进', unit: '字符', min: 0, max: 4, step: 1 }
]

const MARGINS: { key: keyof Typography['marginsMm']; label: string }[] = [
  { key: 'top', label: '上' },
  { key: 'bottom', label: '下' },
  { key: 'left', label: '左' },
  { key: 'right', label: '右' }
]

/** App-wide export settings: typography defaults of the Word document and how blanks are written. */
export function AppSettingsScreen({ onBack }: { onBack: () => void }) {
  const [settings, setSettings] = useState<AppSettings | null>(null)
  const [status, setStatus] = useState<string>('')
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    api.settings.get().then(setSettings, (e) => setLoadError(errorMessage(e)))
  }, [])

  if (loadError) return <p className="form-error">无法读取设置：{loadError}</p>
  if (!settings) return <p className="loading">正在读取设置…</p>

  const t = settings.typography
  const setT = (patch: Partial<Typography>) => setSettings({ ...settings, typography: { ...t, ...patch } })
  const problems = [
    ...SIZES.map((s) => numberProblem(s.label, t[s.key], s.min, s.max)),
    ...MARGINS.map((m) => numberProblem(`${m.label}页边距`, t.marginsMm[m.key], 0, 80))
  ].filter((x): x is string => !!x)

  const save = async () => {
    if (problems.length) return
    setStatus('正在保存…')
    try {
      const saved = await api.settings.set(settings)
      settingsSaved(saved)
      setSettings(saved)
      setStatus('设置已保存。')
    } catch (e) {
      setStatus(`保存失败：${errorMessage(e)}`)
    }
  }

  return (
    <main className="settings-screen" data-testid="settings-screen">
      <header className="screen-header">
        <button type="button" onClick={onBack} data-testid="settings-back">
          ← 返回
        </button>
        <h1>设置</h1>
      </header>
      <p className="muted">这些是导出 Word 文档时的默认排版（GB/T 9704-2012 及通行做法），适用于所有报告。仿宋_GB2312 等字体只写入文档名称，不嵌入文件。</p>
      <fieldset>
        <legend>页边距（毫米）</legend>
        <div className="inline-fields">
          {MARGINS.map((m) => (
            <label key={m.key}>
              {m.label}
              <input type="number" step={0.5} value={t.marginsMm[m.key]} onChange={(e) => setT({ marginsMm: { ...t.marginsMm, [m.key]: e.target.valueAsNumber } })} />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>字体</legend>
        <div className="form-grid">
          {FONTS.map((f) => (
            <label key={f.key}>
              {f.label}
              <input value={t[f.key]} onChange={(e) => setT({ [f.key]: e.target.value } as Partial<Typography>)} />
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>字号与行距</legend>
        <div className="form-grid">
          {SIZES.map((s) => (
            <label key={s.key}>
              {s.label}（{s.unit}）
              <input type="number" min={s.min} max={s.max} step={s.step} value={t[s.key]} onChange={(e) => setT({ [s.key]: e.target.valueAsNumber } as Partial<Typography>)} />
            </label>
          ))}
        </div>
        <label className="radio">
          <input type="checkbox" checked={t.heading3Bold} onChange={(e) => setT({ heading3Bold: e.target.checked })} />
          三级标题加粗
        </label>
        <label className="radio">
          <input type="checkbox" checked={t.pageNumbers} onChange={(e) => setT({ pageNumbers: e.target.checked })} />
          页码“— N —”（单页居右、双页居左）
        </label>
      </fieldset>
      <fieldset>
        <legend>未填写的单元格默认写作</legend>
        <label className="radio">
          <input type="radio" name="blank" checked={settings.blankAs === 'zero'} onChange={() => setSettings({ ...settings, blankAs: 'zero' })} />0
        </label>
        <label className="radio">
          <input type="radio" name="blank" checked={settings.blankAs === 'slash'} onChange={() => setSettings({ ...settings, blankAs: 'slash' })} />
          “/”（不适用）
        </label>
      </fieldset>
      <fieldset>
        <legend>填表</legend>
        <label className="radio">
          <input
            type="checkbox"
            checked={autoTotalsOn(settings)}
            onChange={(e) => setSettings({ ...settings, autoTotals: e.target.checked })}
            data-testid="setting-auto-totals"
          />
          总计自动合计（按各项之和自动填写总计格；手工填写的数字保留不变）
        </label>
      </fieldset>
      {problems.length > 0 && (
        <ul className="form-error" role="alert">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="dialog-buttons left">
        <button type="button" className="primary" onClick={save} disabled={problems.length > 0} data-testid="settings-save">
          保存设置
        </button>
        <button type="button" onClick={() => setSettings({ ...DEFAULT_SETTINGS, typography: { ...DEFAULT_SETTINGS.typography } })}>
          恢复默认
        </button>
        <span role="status">{status}</span>
      </div>
      <DataPanel />
    </main>
  )
}
