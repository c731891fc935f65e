import type { SectionDef, TableId } from '../../../../shared/form'
import type { Warning } from '../../../../shared/rules'
import type { Progress } from '../../warnings/calm-start'
import { PREFACE_HEADING } from '../../../../shared/report/preface'
import { SEVERITY_ICON } from '../../warnings/warning-index'

export type EditorTab = SectionDef['key'] | 'preface' | 'info'

export const INFO_TAB_LABEL = '基本信息与落款'

/** The sections of the report down the left side, each with its count of open problems. */
/** How much of a table is filled: "已填 12/175", "未开始 0/175" or "已填完". */
export function TableProgress({ progress }: { progress?: Progress }) {
  if (!progress) return null
  const { filled, total } = progress
  const text = filled === 0 ? `未开始 0/${total}` : filled === total ? `已填完 ${total}/${total}` : `已填 ${filled}/${total}`
  return (
    <span className={`table-progress${filled === total ? ' done' : ''}`} data-testid="table-progress" data-filled={filled} data-total={total} title="已填写的单元格 / 全部单元格">
      {text}
    </span>
  )
}

export function SectionNav({
  sections,
  active,
  warnings,
  progress,
  onSelect
}: {
  sections: readonly SectionDef[]
  active: EditorTab
  warnings: Warning[]
  progress?: ReadonlyMap<TableId, Progress>
  onSelect: (t: EditorTab) => void
}) {
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
              {(it.key === 't2' || it.key === 't3' || it.key === 't4') && <TableProgress progress={progress?.get(it.key)} />}
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
