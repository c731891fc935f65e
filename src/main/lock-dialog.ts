import { dialog } from 'electron'
import type { TakeoverQuestion } from './storage/lock'

// The folder lock's question, as a native dialog before the window opens. The wording and the
// decision live in storage/lock.ts (tested there); this only shows it. Default: 退出 (safe).

export async function askLockTakeover(question: TakeoverQuestion): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: question.title,
    message: question.message,
    detail: question.detail,
    buttons: [question.proceed, question.quit],
    defaultId: 1,
    cancelId: 1,
    noLink: true
  })
  return response === 0
}
