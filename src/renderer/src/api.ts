import type { NianbaoApi } from '../../shared/ipc'

// The only access to window.nianbao: the preload (Electron) or the web bridge (browser) defines it.
// The renderer does not know which transport is behind it.

function resolveApi(): NianbaoApi {
  const api = (window as unknown as { nianbao?: NianbaoApi }).nianbao
  if (!api) throw new Error('年报助手的数据接口未加载（window.nianbao 不存在），请通过应用程序打开本页面。')
  return api
}

export const api: NianbaoApi = resolveApi()

/** The Chinese message of an API error (the preload rejects with Error carrying `code`). */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return String(e)
}

export function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}
