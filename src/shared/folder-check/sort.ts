import type { FileCheck } from './types'

// Orders of the results a reviewer asks for: the worst first (a file that cannot be read, then
// by errors, warnings, hints), or by file name.

export type FolderSort = 'severity' | 'name'

const byName = (a: FileCheck, b: FileCheck) => a.file.localeCompare(b.file, 'zh-CN')

/** Larger is worse: unreadable above everything, then errors outweigh warnings outweigh hints. */
function weight(r: FileCheck): [number, number, number, number] {
  if (!r.ok) return [1, 0, 0, 0]
  return [0, r.counts.error, r.counts.warning, r.counts.hint]
}

export function sortResults(results: readonly FileCheck[], by: FolderSort, descending = true): FileCheck[] {
  const sign = descending ? -1 : 1
  return [...results].sort((a, b) => {
    if (by === 'severity') {
      const wa = weight(a)
      const wb = weight(b)
      for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return sign * (wa[i] - wb[i])
    }
    return byName(a, b)
  })
}
