import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'

// settings:* — the app settings (typography of exports, how blanks are written).

export function settingsHandlers({ storage }: HandlerDeps): HandlerMap<'settings'> {
  return {
    'settings:get': async () => storage.settings(),
    'settings:set': async ({ settings }) => storage.setSettings(settings)
  }
}
