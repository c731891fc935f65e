import { SECTIONS_2019, SECTIONS_2021 } from './sections'
import { T2_2019 } from './t2-2019'
import { T2_2021 } from './t2-2021'
import { t3Table } from './t3'
import { T4 } from './t4'
import type { FormDef, FormatId } from './types'

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
