import { FORMATS, type FormatId } from '../../../shared/form'
import { PREFACE_HEADING } from '../../../shared/report/preface'
import type { Severity, Warning } from '../../../shared/rules'

// Views of the warning list the screens need: per cell, per section, per text section.

const RANK: Record<Severity, number> = { error: 3, warning: 2, hint: 1 }

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', hint: '提示' }
/** Shapes that tell severities apart without colour. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', hint: 'ℹ' }

export interface WarningIndex {
  /** Worst open (not acknowledged) severity per cell key. */
  marks: Map<string, Severity>
  byCell: Map<string, Warning[]>
  counts: Record<Severity, number>
}

export function indexWarnings(warnings: readonly Warning[]): WarningIndex {
  const marks = new Map<string, Severity>()
  const byCell = new Map<string, Warning[]>()
  const counts: Record<Severity, number> = { error: 0, warning: 0, hint: 0 }
  for (const w of warnings) {
    if (!w.acknowledged) counts[w.severity]++
    for (const key of w.cells) {
      const list = byCell.get(key)
      if (list) list.push(w)
      else byCell.set(key, [w])
      if (w.acknowledged) continue
      const prev = marks.get(key)
      if (!prev || RANK[w.severity] > RANK[prev]) marks.set(key, w.severity)
    }
  }
  return { marks, byCell, counts }
}

export interface SectionGroup {
  key: Warning['section']
  heading: string
  warnings: Warning[]
}

/**
 * Warnings by section, worst first within a section. Sections are ordered so that an error just
 * made is visible without scrolling: the section being edited if it has open errors, then other
 * sections with open errors, then the section being edited, then the rest in the report's order.
 */
export function groupBySection(format: FormatId, warnings: readonly Warning[], current?: string | null): SectionGroup[] {
  const groups: SectionGroup[] = [
    { key: 'document', heading: '全文', warnings: [] },
    { key: 'preface', heading: PREFACE_HEADING, warnings: [] },
    ...FORMATS[format].sections.map((s) => ({ key: s.key, heading: s.heading, warnings: [] as Warning[] }))
  ]
  const byKey = new Map(groups.map((g) => [g.key, g]))
  for (const w of warnings) (byKey.get(w.section) ?? groups[0]).warnings.push(w)
  for (const g of groups) {
    g.warnings.sort((a, b) => Number(!!a.acknowledged) - Number(!!b.acknowledged) || RANK[b.severity] - RANK[a.severity])
  }
  const rank = (g: SectionGroup) => (g.warnings.some((w) => w.severity === 'error' && !w.acknowledged) ? 0 : 2) + (g.key === current ? 0 : 1)
  // Array.prototype.sort is stable: equal ranks keep the report's order.
  return groups.filter((g) => g.warnings.length > 0).sort((a, b) => rank(a) - rank(b))
}
