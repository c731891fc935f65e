// A value cell's accessible name: its labels and what it shows. A gridcell named by aria-label is
// announced by that name alone, not by its content, so the value must be part of the name.

export function cellAccessibleName(label: string, text: string, computed = false): string {
  if (text === '') return `${label}：未填`
  return computed ? `${label}：${text}（自动合计）` : `${label}：${text}`
}
