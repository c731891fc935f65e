import { memo, useMemo, type ReactNode } from 'react'
import { describeCell, type FormatId } from '../../../shared/form'
import type { Warning } from '../../../shared/rules'
import { sameShown, WarningItem, type WarningActions } from './warning-item'
import { groupBySection, SEVERITY_ICON, type WarningIndex } from './warning-index'
import './warnings.css'

export interface WarningsPanelProps {
  format: FormatId
  warnings: Warning[]
  index: WarningIndex
  /** The cell the cursor is on: its warnings are shown first. */
  focusedCell: string | null
  /** The section being edited: its errors come first in the list. */
  currentSection?: string | null
  actions: WarningActions
  /** Shown under the focused cell's warnings: its 填报说明 and last year's figure. */
  cellGuide?: ReactNode
}

/** The warnings of the focused cell, then every warning by section. */
export function WarningsPanel({ format, warnings, index, focusedCell, currentSection = null, actions, cellGuide }: WarningsPanelProps) {
  return (
    <aside className="warnings-panel" aria-label="检查结果" data-testid="warnings-panel">
      <FocusedWarnings format={format} list={focusedCell ? index.byCell.get(focusedCell) : undefined} focusedCell={focusedCell} actions={actions} />
      {cellGuide}
      <AllWarnings format={format} warnings={warnings} counts={index.counts} current={currentSection} actions={actions} />
    </aside>
  )
}

const NONE: Warning[] = []

interface FocusedProps {
  format: FormatId
  list?: Warning[]
  focusedCell: string | null
  actions: WarningActions
}

/** The rule engine returns new objects on every check: the focused cell's list is compared by what it shows. */
function sameFocused(a: FocusedProps, b: FocusedProps): boolean {
  const x = a.list ?? NONE
  const y = b.list ?? NONE
  return a.format === b.format && a.focusedCell === b.focusedCell && a.actions === b.actions && x.length === y.length && x.every((w, i) => sameShown(w, y[i]))
}

const FocusedWarnings = memo(function FocusedWarnings({ format, list = NONE, focusedCell, actions }: FocusedProps) {
  return (
    <section className="focused-cell" aria-live="polite" data-testid="focused-warnings">
      <h3>当前单元格</h3>
      {focusedCell ? <p className="focused-name">{describeCell(format, focusedCell)}</p> : <p className="muted">未选中单元格</p>}
      {focusedCell && list.length === 0 && <p className="ok">✓ 没有问题</p>}
      <ul className="warning-list">
        {list.map((w) => (
          <WarningItem key={`here-${w.fingerprint}`} w={w} format={format} actions={actions} focused />
        ))}
      </ul>
    </section>
  )
}, sameFocused)

const AllWarnings = memo(function AllWarnings({
  format,
  warnings,
  counts,
  current,
  actions
}: {
  format: FormatId
  warnings: Warning[]
  counts: WarningIndex['counts']
  current: string | null
  actions: WarningActions
}) {
  const groups = useMemo(() => groupBySection(format, warnings, current), [format, warnings, current])
  return (
    <section className="all-warnings">
      <h3>
        全部检查结果
        <span className="counts" data-testid="warning-counts" data-errors={counts.error} data-warnings={counts.warning} data-hints={counts.hint}>
          <span className="sev-error">{SEVERITY_ICON.error} 错误 {counts.error}</span>
          <span className="sev-warning">{SEVERITY_ICON.warning} 警告 {counts.warning}</span>
          <span className="sev-hint">{SEVERITY_ICON.hint} 提示 {counts.hint}</span>
        </span>
      </h3>
      {groups.length === 0 && <p className="ok">✓ 未发现问题</p>}
      {groups.map((g) => (
        <div key={g.key} className="warning-group" data-section={g.key}>
          <h4>{g.heading}</h4>
          <ul className="warning-list">
            {g.warnings.map((w) => (
              <WarningItem key={w.fingerprint} w={w} format={format} actions={actions} />
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
})
