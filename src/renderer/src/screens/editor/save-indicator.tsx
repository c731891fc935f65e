import { saveStatusText, type SaveStatus } from '../../state/autosave'

export function SaveIndicator({ status }: { status: SaveStatus }) {
  return (
    <span className={`save-indicator save-${status.kind}`} role="status" data-testid="save-indicator" title={status.kind === 'error' ? status.message : undefined}>
      {status.kind === 'error' ? '✖ ' : status.kind === 'saved' ? '✓ ' : ''}
      {saveStatusText(status)}
    </span>
  )
}
