import type { TextSectionKey } from '../form/types'
import type { Fragment } from './compose'

/** One proposed statement (one or a few sentences), with the figures it quotes from the tables. */
export interface DraftSentence extends Fragment {
  /** Stable id of the statement kind ("applications.received"), for tests and the panel. */
  id: string
}

export type DraftFamily = 'summary' | 'proactive' | 'applications' | 'reviewSuits' | 'fees'

/** The statements of one family, and where in the report they belong. */
export interface DraftGroup {
  family: DraftFamily
  /** What the statements are about, as the official form names it (二、主动公开政府信息情况 …). */
  title: string
  /** The text section they go into. */
  section: TextSectionKey
  /** The usual sub-heading of that section they go under (2021 practice), when there is one. */
  subHeading?: string
  sentences: DraftSentence[]
}
