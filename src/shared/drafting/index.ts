// 生成表述: drafting the standard statements from the tables (draft.ts), inserting them with their
// figures linked to their cells (links.ts).

export * from './types'
export { draftReport } from './draft'
export { insertDraft, resolveLink, linkedValue, applyLinkUpdate, type LinkUpdate } from './links'
export { insertUnderSubHeadings, subHeadingEnd } from './placement'
