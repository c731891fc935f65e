import { cellsOf } from '../form/cells'
import { formatForYear } from '../form/formats'
import type { FormatId } from '../form/types'
import { EXCHANGE_SCHEMA, type ExchangeReport } from './exchange'
import { EMPTY_CONTACT, type Cells, type Report } from './types'

export function blankCells(format: FormatId): Cells {
  const cells: Cells = {}
  for (const info of cellsOf(format)) cells[info.key] = null
  return cells
}

export interface NewReportInput {
  agency: string
  year: number
  format?: FormatId
  id?: string
  now?: Date
}

/** A blank report: every cell blank (never 0), no text, format chosen from the year unless given. */
export function newReport(input: NewReportInput): Report {
  const format = input.format ?? formatForYear(input.year)
  const now = (input.now ?? new Date()).toISOString()
  return {
    id: input.id ?? crypto.randomUUID(),
    agency: input.agency.trim(),
    year: input.year,
    format,
    cells: blankCells(format),
    text: { overview: '', problems: '', other: '' },
    contact: { ...EMPTY_CONTACT },
    deadline: 'department',
    signOff: { enabled: false, date: '' },
    acknowledgements: [],
    previousId: null,
    createdAt: now,
    updatedAt: now
  }
}

/** A full report from an exchange file (ids and timestamps are new). */
export function reportFromExchange(ex: ExchangeReport, opts: { id?: string; now?: Date } = {}): Report {
  const base = newReport({ agency: ex.agency, year: ex.year, format: ex.format, id: opts.id, now: opts.now })
  return {
    ...base,
    cells: { ...base.cells, ...ex.cells },
    text: { ...base.text, ...ex.text, ...(ex.meta?.preface ? { preface: ex.meta.preface } : {}) },
    contact: ex.meta?.contact ? { ...ex.meta.contact } : base.contact,
    deadline: ex.meta?.deadline ?? base.deadline,
    signOff: ex.meta?.signOff ? { ...ex.meta.signOff } : base.signOff,
    acknowledgements: ex.meta?.acknowledgements ? ex.meta.acknowledgements.map((a) => ({ ...a, values: { ...a.values } })) : [],
    ...(ex.meta?.textLinks?.length ? { textLinks: ex.meta.textLinks.map((l) => ({ ...l })) } : {}),
    ...(ex.meta?.titleBreaks?.length ? { titleBreaks: [...ex.meta.titleBreaks] } : {}),
    ...(ex.meta?.computed?.length ? { computed: [...ex.meta.computed] } : {})
  }
}

export function reportToExchange(report: Report): ExchangeReport {
  return {
    schema: EXCHANGE_SCHEMA,
    format: report.format,
    year: report.year,
    agency: report.agency,
    cells: { ...report.cells },
    text: { overview: report.text.overview, problems: report.text.problems, other: report.text.other },
    meta: {
      ...(report.text.preface ? { preface: report.text.preface } : {}),
      contact: { ...report.contact },
      deadline: report.deadline,
      signOff: { ...report.signOff },
      acknowledgements: report.acknowledgements.map((a) => ({ ...a, values: { ...a.values } })),
      ...(report.textLinks?.length ? { textLinks: report.textLinks.map((l) => ({ ...l })) } : {}),
      ...(report.titleBreaks?.length ? { titleBreaks: [...report.titleBreaks] } : {}),
      ...(report.computed?.length ? { computed: [...report.computed] } : {})
    }
  }
}
