import type { FileShell } from '../ipc/deps'

// The web bridge's stand-in for Electron's shell: it opens nothing, and records what it was asked
// to open, so a test can check that 打开文件 / 打开所在文件夹 reached the main side with the exported path.

export interface ShellRequest {
  action: 'openPath' | 'showItemInFolder'
  path: string
}

export class RecordingShell implements FileShell {
  readonly requests: ShellRequest[] = []

  async openPath(path: string): Promise<string> {
    this.requests.push({ action: 'openPath', path })
    return ''
  }

  showItemInFolder(path: string): void {
    this.requests.push({ action: 'showItemInFolder', path })
  }
}
