// Plain Chinese for what went wrong on the disk, so the notice tells the user what to check.

export function describeWriteError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code
  switch (code) {
    case 'ENOSPC':
      return '磁盘空间已满'
    case 'EACCES':
    case 'EPERM':
      return '没有写入权限，或文件被其他程序（如杀毒软件）占用'
    case 'EBUSY':
      return '文件被其他程序（如杀毒软件）占用'
    case 'EROFS':
      return '磁盘是只读的'
    case 'ENOTDIR':
    case 'ENOENT':
      return '数据文件夹不存在或无法访问'
    default:
      return error.message
  }
}

export function writeErrorNotice(error: Error): string {
  return `无法保存到磁盘：${describeWriteError(error)}。您输入的内容仍保留在程序中，正在自动重试；请不要关闭程序，并检查磁盘空间和文件夹权限。`
}
