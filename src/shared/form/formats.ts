import { SECTIONS_2019, SECTIONS_2021 } from './sections'
import { T2_2019 } from './t2-2019'
import { T2_2021 } from './t2-2021'
import { t3Table } from './t3'
import { T4 } from './t4'
import type { FormDef, FormatId, LayoutId } from './types'

export const FORMATS: Readonly<Record<FormatId, FormDef>> = {
  '2019': {
    id: '2019',
    name: '2019年版格式',
    notice: '国办公开办函〔2019〕60号',
    sections: SECTIONS_2019,
    tables: { t2: T2_2019, t3: t3Table('2019'), t4: T4 }
  },
  '2021': {
    id: '2021',
    name: '2021年版格式',
    notice: '国办公开办函〔2021〕30号',
    sections: SECTIONS_2021,
    tables: { t2: T2_2021, t3: t3Table('2021'), t4: T4 }
  }
}

export const FORMAT_IDS: readonly FormatId[] = ['2019', '2021']

/** The format a report of this year must use: the 2021 format applies from the 2021 report on. */
export function formatForYear(year: number): FormatId {
  return year >= 2021 ? '2021' : '2019'
}

export function isFormatId(value: unknown): value is FormatId {
  return value === '2019' || value === '2021'
}

/** Every layout by id: the two formats, and the 2021 tables with 2019's single （六） row. */
export const LAYOUTS: Readonly<Record<LayoutId, FormDef>> = {
  ...FORMATS,
  '2021-other2019': { ...FORMATS['2021'], tables: { ...FORMATS['2021'].tables, t3: t3Table('2021', true) } }
}

/** Keys of 2019's single （六）其他处理 row ("t3.other.natural" …), not of the 2021 sub-rows. */
const isSingleOtherKey = (key: string) => /^t3\.other\.[a-zA-Z]+$/.test(key)

/**
 * The layout a report's cells are in: a 2021 report holding 2019's single （六） row keeps that row
 * (its keys are present, whatever their values), so it exports and reads back as published.
 */
export function layoutOf(format: FormatId, cells: Readonly<Record<string, unknown>>): LayoutId {
  if (format !== '2021') return format
  for (const key in cells) if (isSingleOtherKey(key)) return '2021-other2019'
  return format
}
