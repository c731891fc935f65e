// The typed failures of storage; the IPC layer passes code and Chinese message to the renderer.

export type StorageErrorCode = 'not-found' | 'conflict' | 'io' | 'stale' | 'closed'

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode, message: string) {
    super(message)
    this.name = 'StorageError'
  }
}
