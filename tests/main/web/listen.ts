import type { Server } from 'node:http'
import type { Storage } from '../../../src/main/storage/storage'

// The served app's tests start a server on a free loopback port and, after each test, close its
// connections, the server and storage (then anything else the test made).

export interface Listening {
  base: string
  close: () => Promise<void>
  /** POSTs a JSON payload to an IPC channel of the served API and returns the parsed answer. */
  call: <A>(channel: string, payload: unknown) => Promise<A>
}

export async function listen(server: Server, storage: Pick<Storage, 'close'>, after: () => void = () => undefined): Promise<Listening> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  return {
    base,
    close: async () => {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
      await storage.close()
      after()
    },
    call: async <A>(channel: string, payload: unknown) =>
      (await (await fetch(`${base}/api/${channel}`, { method: 'POST', body: JSON.stringify(payload), headers: { 'content-type': 'application/json' } })).json()) as A
  }
}
