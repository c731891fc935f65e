import { useEffect, useState } from 'react'
import type { Report } from '../../../../shared/report'
import { api } from '../../api'

/**
 * Last year's report for the cross-year rules: the one linked by previousId, otherwise the stored
 * report of the same agency for the year before.
 */
export function usePreviousReport(report: Pick<Report, 'id' | 'previousId' | 'agency' | 'year'>): Report | null {
  const [previous, setPrevious] = useState<Report | null>(null)
  const { id, previousId, agency, year } = report
  useEffect(() => {
    let live = true
    const load = async (): Promise<Report | null> => {
      if (previousId) return api.reports.get(previousId)
      const match = (await api.reports.list()).find((s) => s.id !== id && s.agency.trim() === agency.trim() && s.year === year - 1)
      return match ? api.reports.get(match.id) : null
    }
    load().then(
      (r) => live && setPrevious(r),
      () => live && setPrevious(null)
    )
    return () => {
      live = false
    }
  }, [id, previousId, agency, year])
  return previous
}
