export interface LoadedPreload {
  /** What the preload exposed with contextBridge.exposeInMainWorld, by key. */
  world: Record<string, any>
  /** Delivers an event the main process sent to the preload's ipcRenderer listeners. */
  deliver(channel: string, ...args: unknown[]): void
  listenerChannels(): string[]
}

export function loadPreload(
  path: string,
  ipc: { invoke(channel: string, ...args: unknown[]): Promise<unknown>; send?(channel: string, ...args: unknown[]): void }
): LoadedPreload
