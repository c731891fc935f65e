import { CHANNELS, type Channel, type IpcResult } from '../../shared/ipc'
import { aggregateHandlers } from './aggregate'
import { appHandlers } from './app'
import { backupHandlers } from './backup'
import type { HandlerDeps } from './deps'
import { fileHandlers } from './files'
import { folderCheckHandlers } from './folder-check'
import { guardPayload } from './guard'
import { printHandlers } from './print'
import { REQUEST_SCHEMAS } from './requests'
import { reportHandlers } from './reports'
import { failure, ok, toFailure } from './result'
import { settingsHandlers } from './settings'
import { storageHandlers } from './storage'

// The one entry point of every request, whatever the transport (Electron IPC or the web bridge):
// known channel → trusted sender → harmless payload → expected shape → handler → IpcResult.

export type Dispatch = (channel: string, payload: unknown, sender: unknown) => Promise<IpcResult<unknown>>

export interface DispatchOptions {
  /** Whether a message comes from the app's own window (Electron) or page (web bridge). */
  isTrustedSender: (sender: unknown) => boolean
}

const KNOWN = new Set<string>(CHANNELS)

export function createDispatch(deps: HandlerDeps, { isTrustedSender }: DispatchOptions): Dispatch {
  const handlers = {
    ...reportHandlers(deps),
    ...fileHandlers(deps),
    ...settingsHandlers(deps),
    ...storageHandlers(deps),
    ...appHandlers(deps),
    ...printHandlers(deps),
    ...backupHandlers(deps),
    ...aggregateHandlers(deps),
    ...folderCheckHandlers(deps)
  } as Record<Channel, (request: unknown) => Promise<unknown>>

  return async (channel, payload, sender) => {
    if (typeof channel !== 'string' || !KNOWN.has(channel)) {
      return failure('invalid-request', `未知的请求“${String(channel).slice(0, 60)}”。`)
    }
    let trusted: boolean
    try {
      trusted = isTrustedSender(sender)
    } catch {
      trusted = false
    }
    if (!trusted) return failure('forbidden-sender', '请求不是来自年报助手自己的窗口，已拒绝。')
    try {
      guardPayload(payload)
      const request = REQUEST_SCHEMAS[channel as Channel].parse(payload)
      return ok(await handlers[channel as Channel](request))
    } catch (e) {
      return toFailure(e)
    }
  }
}
