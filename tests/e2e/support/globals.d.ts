import type { NianbaoApi } from '../../../src/shared/ipc'

// Inside page.evaluate(() => …) specs call the app's API as the bare global `nianbao`
// (window.nianbao in the page); the node-side tsconfig has no DOM `window` to type it with.

declare global {
  var nianbao: NianbaoApi
}

export {}
