import { basename, extname } from 'node:path'
import type { DepartmentReport } from '../../shared/aggregate/types'
import type { ExchangeReport } from '../../shared/report/exchange'

// A file's department for a 汇总: the agency the report names, else its file name (offices name
// the files they collect after the department), said so in the source.

export function departmentOf(report: ExchangeReport, path: string): DepartmentReport {
  const agency = report.agency.trim()
  if (agency !== '') return { department: agency, source: path, report }
  const name = basename(path, extname(path)).trim()
  return { department: name, source: `${path}（报告未写明机关名称，按文件名）`, report: { ...report, agency: name } }
}
