import { toHalfWidth } from './values'

// The review marker 【请核对：2020年】 wraps what a draft carried over from last year's text and the
// user must check. The rules flag every marker left (S3) and the exporter never prints the marker.

export const REVIEW_MARKER = /【请核对：([^】]*)】/g

export function markReview(text: string): string {
  return `【请核对：${text}】`
}

export function hasReviewMarkers(text: string): boolean {
  return new RegExp(REVIEW_MARKER.source).test(text)
}

/** The text with the markers removed and what they wrapped left in place. */
export function clearReviewMarkers(text: string): string {
  return text.replace(REVIEW_MARKER, '$1')
}

/** Where each marker stands in the text: [start, end) of the whole marker, and what it wraps. */
export function reviewMarkerSpans(text: string): { start: number; end: number; inner: string }[] {
  return [...text.matchAll(REVIEW_MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, inner: m[1] }))
}

const YEAR_REF = /(?<![\d０-９])([12１２][0-9０-９]{3})(\s*年)/g

/** Wraps every year reference ("2020年", "２０２０年") of a text in a review marker. */
export function markYearReferences(text: string): string {
  return text.replace(YEAR_REF, (m, y: string) => {
    const n = Number(toHalfWidth(y))
    return n >= 2000 && n <= 2100 ? markReview(m) : m
  })
}
