import { DEFAULT_SETTINGS, type AppSettings } from '../../shared/settings'
import { api } from './api'

// The app settings the editor needs (自动合计), read once when the app starts and kept current by
// the settings screen, so opening a report never waits on a second request.

let cached: Promise<AppSettings> | null = null

/** The settings as last read or saved; unreadable settings are the defaults (editing must not wait on them). */
export function appSettings(): Promise<AppSettings> {
  cached ??= api.settings.get().catch(() => DEFAULT_SETTINGS)
  return cached
}

/** The settings screen saved these. */
export function settingsSaved(settings: AppSettings): void {
  cached = Promise.resolve(settings)
}

/** The stored settings may have changed otherwise (restored from a backup): read them again when next needed. */
export function forgetSettings(): void {
  cached = null
}
