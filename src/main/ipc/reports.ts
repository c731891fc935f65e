import type { Report } from '../../shared/report/types'
import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'

// reports:* — list, open, autosave, history and deletion of stored reports.

export function reportHandlers({ storage }: HandlerDeps): HandlerMap<'reports'> {
  return {
    'reports:list': async () => storage.list(),
    'reports:get': async ({ id }) => storage.get(id),
    'reports:create': async ({ agency, year, format }) => storage.create({ agency, year, format }),
    'reports:open': async ({ id }) => storage.open(id),
    'reports:save': async ({ report, order }) => storage.save(report as Report, order),
    'reports:duplicate': async ({ id }) => storage.duplicate(id),
    'reports:delete': async ({ id }) => storage.delete(id),
    'reports:undoDelete': async ({ undoToken }) => storage.undoDelete(undoToken),
    'reports:snapshots': async ({ id }) => storage.snapshots(id),
    'reports:restoreSnapshot': async ({ id, snapshotId }) => storage.restoreSnapshot(id, snapshotId)
  }
}
