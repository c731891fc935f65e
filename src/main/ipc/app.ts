import type { HandlerDeps } from './deps'
import type { HandlerMap } from './handler-map'

// app:* — the page's answer when the window is about to close: its last save is done.

export function appHandlers({ closing }: HandlerDeps): HandlerMap<'app'> {
  return {
    'app:closeReady': async ({ token }) => {
      closing?.acknowledge(token)
    }
  }
}
