import { useEffect, type RefObject } from 'react'
import type { TableLayout } from '../../../shared/form'

// Sticky headings and row names, as in a spreadsheet with frozen panes: the table's header rows
// (a <thead>; in 表二 each block's caption and heading rows) stick to the top of the scrolling area, its
// row-name columns to the left. The scroll area is told how much the frozen parts cover
// (scroll-padding), so a cell brought into view is never left underneath them.

/** The nearest ancestor that scrolls (the editor's main area), or null. */
export function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY, overflowX } = getComputedStyle(p)
    if (/(auto|scroll)/.test(overflowY + overflowX)) return p
  }
  return null
}

/**
 * Left offsets of the row-name columns, as fractions of the table's width (the columns are sized
 * in percent): `calc(var(--grid-w) * f)`, with --grid-w kept up to date by useFrozenPanes.
 */
export function stickyLefts(layout: TableLayout): (string | undefined)[] {
  const total = layout.widths.reduce((a, b) => a + b, 0)
  const labelCols = new Set<number>()
  for (const row of layout.rows) for (const c of row.cells) if (c.kind === 'label' || c.kind === 'corner') labelCols.add(c.col)
  const out: (string | undefined)[] = []
  let acc = 0
  layout.widths.forEach((w, col) => {
    out.push(labelCols.has(col) ? `calc(var(--grid-w, 0px) * ${(acc / total).toFixed(5)})` : undefined)
    acc += w
  })
  return out
}

/** Keeps --grid-w and the scroll area's padding in step with the table's size (off the keystroke path). */
export function useFrozenPanes(table: RefObject<HTMLTableElement | null>): void {
  useEffect(() => {
    const el = table.current
    if (!el) return
    const scroller = scrollParent(el)
    const update = () => {
      el.style.setProperty('--grid-w', `${el.offsetWidth}px`)
      if (!scroller) return
      // Row names are frozen only when the table is wider than the area (fewer sticky cells to lay out).
      el.classList.toggle('frozen-x', scroller.scrollWidth > scroller.clientWidth)
      const head = el.tHead?.offsetHeight ?? blockHeadings(el)
      const firstValue = el.querySelector<HTMLElement>('td.vc')
      scroller.style.scrollPaddingTop = `${head}px`
      scroller.style.scrollPaddingLeft = firstValue && el.classList.contains('frozen-x') ? `${firstValue.offsetLeft}px` : ''
    }
    update()
    const obs = new ResizeObserver(update)
    obs.observe(el)
    if (scroller) obs.observe(scroller)
    return () => {
      obs.disconnect()
      el.classList.remove('frozen-x')
      if (scroller) {
        scroller.style.scrollPaddingTop = ''
        scroller.style.scrollPaddingLeft = ''
      }
    }
  }, [table])
}

/** 表二: the height its sticky block caption and heading rows cover (and where the heading sticks). */
function blockHeadings(el: HTMLTableElement): number {
  const caption = el.querySelector<HTMLElement>('tbody tr.row-caption')?.offsetHeight ?? 0
  const heading = Math.max(0, ...[...el.querySelectorAll<HTMLElement>('tbody tr.row-header')].map((r) => r.offsetHeight))
  el.style.setProperty('--caption-h', `${caption}px`)
  return caption + heading
}

/** Scrolls the cell into view when it is outside the scroll area or under the frozen headings. */
export function revealCell(el: HTMLElement): void {
  const r = el.getBoundingClientRect()
  const scroller = scrollParent(el)
  const area = scroller?.getBoundingClientRect() ?? { top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth }
  const padTop = scroller ? parseFloat(scroller.style.scrollPaddingTop) || 0 : 0
  const padLeft = scroller ? parseFloat(scroller.style.scrollPaddingLeft) || 0 : 0
  if (r.top < area.top + padTop || r.left < area.left + padLeft || r.bottom > area.bottom || r.right > area.right) {
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }
}

/** How many rows of cells like this one fit in the scroll area below the headings (PageUp/Down). */
export function rowsPerPage(el: HTMLElement): number {
  const scroller = scrollParent(el)
  const height = (scroller?.clientHeight ?? window.innerHeight) - (scroller ? parseFloat(scroller.style.scrollPaddingTop) || 0 : 0)
  const row = el.getBoundingClientRect().height || 26
  return Math.max(1, Math.floor(height / row) - 1)
}
