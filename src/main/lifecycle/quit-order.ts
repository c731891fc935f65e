import type { App, BrowserWindow } from 'electron'
import type { FinalSaves } from './final-save'

// Electron's order on quitting is before-quit → every window's 'close' → will-quit → quit, and the
// page's last save arrives as its window closes. So each window is held open until its page has
// saved, and storage is flushed and closed only at will-quit, once every window is gone.

/** Sends app:closing to the window's page and waits (briefly) for its answer. */
export function askPageToSave(win: BrowserWindow, finalSaves: FinalSaves): Promise<unknown> {
  return finalSaves.request((token) => {
    // A crashed page cannot answer: close without waiting for it.
    if (win.isDestroyed() || win.webContents.isCrashed()) throw new Error('page gone')
    win.webContents.send('app:closing', { token })
  })
}

/**
 * Holds the window's close until its page has saved. A prevented close cancels a quit under way
 * (Electron), so once saved the quit is started again, or else the window closed again.
 */
export function holdCloseUntilSaved(app: App, win: BrowserWindow, finalSaves: FinalSaves): void {
  let quitting = false
  const onBeforeQuit = () => (quitting = true)
  app.on('before-quit', onBeforeQuit)
  let phase: 'open' | 'saving' | 'saved' = 'open'
  win.on('close', (event) => {
    if (phase === 'saved') return
    event.preventDefault()
    if (phase === 'saving') return
    phase = 'saving'
    void askPageToSave(win, finalSaves).then(() => {
      phase = 'saved'
      if (quitting) app.quit()
      else if (!win.isDestroyed()) win.close()
    })
  })
  win.on('closed', () => app.removeListener('before-quit', onBeforeQuit))
}

/** Storage is closed last: at will-quit, after every window (and its last save) is gone. */
export function closeStorageAtWillQuit(app: App, closeStorage: () => Promise<void>): void {
  let state: 'open' | 'closing' | 'closed' = 'open'
  app.on('will-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    void closeStorage().finally(() => {
      state = 'closed'
      app.quit()
    })
  })
}

/**
 * Windows log-off or shutdown emits no before-quit: the process may be ended right after. Save
 * what the page holds and flush storage as soon as Windows asks, and again when it ends the session.
 */
export function saveOnSessionEnd(win: BrowserWindow, finalSaves: FinalSaves, flush: () => Promise<unknown>): void {
  const saveNow = () => void askPageToSave(win, finalSaves).then(flush)
  win.on('query-session-end', saveNow)
  win.on('session-end', saveNow)
}
