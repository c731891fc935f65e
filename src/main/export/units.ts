// Word measures in twips (1/20 pt) and run sizes in half-points.

export const A4_TWIPS = { width: 11906, height: 16838 } as const

export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4)
}

export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

/**
 * Scales widths (any unit) to a total in twips, rounding so the parts add up exactly: Word and
 * LibreOffice draw a table whose cells do not sum to its grid with ragged edges.
 */
export function scaleWidths(widths: readonly number[], total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0)
  const out: number[] = []
  let acc = 0
  let placed = 0
  for (const w of widths) {
    acc += w
    const edge = Math.round((acc / sum) * total)
    out.push(edge - placed)
    placed = edge
  }
  return out
}
