import { z } from 'zod'
import type { WorkContract } from '../../shared/ipc-work'
import { LIMITS } from '../schema/limits'
import { idSchema } from '../schema/report'
import { departmentListSchema } from '../storage/departments'

// Request shapes of the 汇总 and 检查文件夹 channels (see requests.ts).

const none = z.union([z.undefined(), z.null()])
const token = z.string().min(1).max(64)

export const WORK_REQUEST_SCHEMAS: Record<keyof WorkContract, z.ZodType> = {
  'aggregate:departments': none,
  'aggregate:setDepartments': z.strictObject({ departments: departmentListSchema }),
  'aggregate:fromReports': z.strictObject({ ids: z.array(idSchema).min(1, '请至少选择一份报告').max(1000) }),
  'aggregate:fromFolder': none,
  'aggregate:save': z.strictObject({ token, agency: z.string().trim().min(1, '请填写汇总报告的机关名称').max(LIMITS.agencyLength), replaceId: idSchema.optional() }),
  'aggregate:folderYear': z.strictObject({ folder: token, year: z.number().int().min(LIMITS.minYear).max(LIMITS.maxYear), includeUnknown: z.boolean() }),
  'folderCheck:start': none,
  'folderCheck:progress': z.strictObject({ jobId: token, from: z.number().int().min(0).max(100_000) })
}
