import { ZodError } from 'zod'
import type { IpcErrorCode, IpcResult } from '../../shared/ipc'
import { describeZodError } from '../schema/errors'
import { StorageError } from '../storage/storage'

// Every handler outcome becomes an IpcResult: a typed error with a Chinese message, never a throw.

export class IpcFailure extends Error {
  constructor(readonly code: IpcErrorCode, message: string) {
    super(message)
    this.name = 'IpcFailure'
  }
}

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

export function failure(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } }
}

export function toFailure(e: unknown): IpcResult<never> {
  if (e instanceof IpcFailure) return failure(e.code, e.message)
  if (e instanceof StorageError) return failure(e.code, e.message)
  if (e instanceof ZodError) return failure('invalid-request', `请求内容不正确：${describeZodError(e)}`)
  console.error('[nianbao] unexpected error in an IPC handler', e)
  return failure('internal', `程序内部出错：${e instanceof Error ? e.message : String(e)}`)
}
