import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc'

/** The handlers of one domain ("reports", "files" …), typed from the contract. */
export type HandlerMap<Domain extends string> = {
  [C in Channel as C extends `${Domain}:${string}` ? C : never]: (request: RequestOf<C>) => Promise<ResponseOf<C>>
}
