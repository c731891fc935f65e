import type { SectionDef } from '../../../../shared/form'
import type { Warning } from '../../../../shared/rules'
import { PREFACE_HEADING } from '../../../../shared/report/preface'
import { SEVERITY_ICON } from '../../warnings/warning-index'

export type EditorTab = SectionDef['key'] | 'preface' | 'info'

export const INFO_TAB_LABEL = '基本信息与落款'

/** The sections of the report down the left side, each with its count of open problems. */
export function SectionNav({ sections, active, warnings, onSelect }: { sections: readonly SectionDef[]; active: EditorTab; warnings: Warning[]; onSelect: (t: EditorTab) => void }) {
  const open = warnings.filter((w) => !w.acknowledged)
  const badge = (key: EditorTab) => {
    const list = open.filter((w) => w.section === key)
    const errors = list.filter((w) => w.severity === 'error').length
    const others = list.length - errors
    return (
      <span className="nav-badges">
        {errors > 0 && <span className="sev-error">{SEVERITY_ICON.error}{errors}</span>}
        {others > 0 && <span className="sev-warning">{SEVERITY_ICON.warning}{others}</span>}
      </span>
    )
  }
  const items: { key: EditorTab; label: string }[] = [
    { key: 'preface', label: PREFACE_HEADING },
    ...sections.map((s) => ({ key: s.key as EditorTab, label: s.heading })),
    { key: 'info', label: INFO_TAB_LABEL }
  ]
  return (
    <nav className="section-nav" aria-label="报告各部分">
      <ul role="tablist" aria-orientation="vertical">
        {items.map((it) => (
          <li key={it.key}>
            <button
              type="button"
              role="tab"
              aria-selected={active === it.key}
              className={active === it.key ? 'active' : ''}
              data-testid={`nav-${it.key}`}
              onClick={() => onSelect(it.key)}
            >
              <span className="nav-label">{it.label}</span>
              {it.key !== 'info' && badge(it.key)}
            </button>
          </li>
        ))}
      </ul>
      <p className="nav-keys">
        Ctrl+PageUp / PageDown 切换部分
        <br />
        F8 / Shift+F8 下一个 / 上一个问题
        <br />
        Ctrl+Z 撤销，Ctrl+Y 重做
      </p>
    </nav>
  )
}
