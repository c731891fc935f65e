import { join } from 'node:path'
import { z } from 'zod'
import { LIMITS } from '../schema/limits'
import { nodeDiskIO, type DiskIO } from './disk-io'
import { openDurable } from './durable-file'
import { PersistQueue } from './persist-queue'

// departments.json beside the reports: the departments a 汇总 expects, kept from year to year.
// Written like every data file (atomic, with a backup; a damaged file is moved aside).

export const MAX_DEPARTMENTS = 500

export const departmentListSchema = z
  .array(z.string().trim().min(1).max(LIMITS.agencyLength))
  .max(MAX_DEPARTMENTS, `部门名单最多${MAX_DEPARTMENTS}个`)

const fileSchema = z.strictObject({ schemaVersion: z.literal(1), departments: departmentListSchema })
type DepartmentsFile = z.infer<typeof fileSchema>

export class DepartmentList {
  private constructor(private readonly queue: PersistQueue<DepartmentsFile>) {}

  static async open(dir: string, io: DiskIO = nodeDiskIO): Promise<DepartmentList> {
    const opened = await openDurable(join(dir, 'departments.json'), io, (raw) => fileSchema.parse(raw), { schemaVersion: 1 as const, departments: [] })
    const queue = new PersistQueue(opened.db, { onWritten: () => {}, onFailed: () => {}, now: () => new Date() })
    return new DepartmentList(queue)
  }

  list(): string[] {
    return [...this.queue.db.data.departments]
  }

  /** Replaces the list (names trimmed, repeats dropped); resolves once it is on disk. */
  async set(names: readonly string[]): Promise<string[]> {
    const seen = new Set<string>()
    const clean = names.map((n) => n.trim()).filter((n) => n !== '' && !seen.has(n.replace(/\s+/g, '')) && seen.add(n.replace(/\s+/g, '')))
    this.queue.db.data.departments = clean
    if (!(await this.queue.persist())) throw new Error('部门名单未能写入磁盘，请检查数据文件夹是否可写')
    return this.list()
  }
}
