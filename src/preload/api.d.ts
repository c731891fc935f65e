import type { IpcErrorCode, NianbaoApi } from '../shared/ipc'

// For the renderer's typecheck: the API the preload (or the web bridge) puts on window.
// A rejected call carries { code, message } (message in Chinese, ready to show).

declare global {
  interface Window {
    nianbao: NianbaoApi
  }
  interface NianbaoError {
    name: 'NianbaoError'
    code: IpcErrorCode
    message: string
  }
}

export {}
