// 打印 in a browser: the web bridge cannot show the system print dialog, so it keeps the printable
// document for a while under an address that cannot be guessed; the page opens it in a tab of its
// own, where the browser prints it (Ctrl+P).

const TTL_MS = 30 * 60_000
const MAX_KEPT = 10
export const PRINT_PATH = '/print/'

export class PrintablePages {
  private readonly pages = new Map<string, { html: string; at: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps the document; returns the address (path) it is served at. */
  add(html: string): string {
    this.prune()
    const token = crypto.randomUUID()
    this.pages.set(token, { html, at: this.now() })
    return `${PRINT_PATH}${token}`
  }

  /** The document at this path, if it is still kept. */
  get(path: string): string | undefined {
    this.prune()
    if (!path.startsWith(PRINT_PATH)) return undefined
    return this.pages.get(path.slice(PRINT_PATH.length))?.html
  }

  private prune(): void {
    for (const [token, { at }] of this.pages) if (this.now() - at > TTL_MS) this.pages.delete(token)
    while (this.pages.size >= MAX_KEPT) this.pages.delete(this.pages.keys().next().value as string)
  }
}
