// The files this session's exports wrote, by token: files:openExported opens only these, so the
// renderer can ask to open "the file just exported" without ever naming a path.

const MAX_KEPT = 50

export class ExportedFiles {
  private readonly paths = new Map<string, string>()

  /** Records a path the main process wrote and returns the token that names it. */
  add(path: string): string {
    while (this.paths.size >= MAX_KEPT) this.paths.delete(this.paths.keys().next().value as string)
    const token = crypto.randomUUID()
    this.paths.set(token, path)
    return token
  }

  get(token: string): string | undefined {
    return this.paths.get(token)
  }
}
