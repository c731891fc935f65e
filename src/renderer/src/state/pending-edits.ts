// Edits still held by a component (a table cell being typed into) that must reach the model before
// the final save when the window closes, loses focus or is hidden: no event blurs the cell then.

export type PendingEditCommitter = () => void

export class PendingEdits {
  private readonly committers = new Set<PendingEditCommitter>()

  /** Registers a component's committer; returns the function that removes it. */
  register(commit: PendingEditCommitter): () => void {
    this.committers.add(commit)
    return () => {
      this.committers.delete(commit)
    }
  }

  /** Commits every in-progress edit; one failing committer does not stop the others. */
  commitAll(): void {
    for (const commit of [...this.committers]) {
      try {
        commit()
      } catch (e) {
        console.error('提交正在编辑的内容失败', e)
      }
    }
  }
}

/** The app's one registry: the grid registers, the autosave commits before its last flush. */
export const pendingEdits = new PendingEdits()
