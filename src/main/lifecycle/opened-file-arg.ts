import { isAbsolute, resolve, win32 } from 'node:path'
import { fileURLToPath } from 'node:url'

// The file a launch asks to open: double-clicking a report (the installer associates .json),
// dropping one on the app's icon, or `nianbao 报告.json`. Electron's argv is [exe, …args] when
// packaged and [exe, app path, …args] when run from source; Windows and Chromium put switches
// of their own before the file (`--allow-file-access-from-files`), and Linux desktop files may
// pass a file:// URI (%U).

/** The kinds of file the importer reads (as the open dialog's filter). */
const IMPORTABLE = /\.(json|docx|doc|pdf|html?|txt)$/i

/** Our own switches that take their value as the next argument. */
const WITH_VALUE = new Set(['--data-dir', '--user-data-dir'])

export interface ArgvShape {
  /** Electron's process.defaultApp: run from source, so argv[1] is the app's path, not a file. */
  fromSource: boolean
  /** Where relative paths start (the launching process's working directory). */
  cwd: string
  platform?: NodeJS.Platform
}

/** The absolute path of the first importable file named in argv, or null. */
export function openedFileArg(argv: readonly string[], { fromSource, cwd, platform = process.platform }: ArgvShape): string | null {
  const args = argv.slice(fromSource ? 2 : 1)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (WITH_VALUE.has(arg)) {
      i++
      continue
    }
    // Switches (--x; -psn_0_123 from an old macOS Finder) are never the file.
    if (arg.startsWith('-') || arg === '') continue
    const path = asPath(arg, platform)
    if (path && IMPORTABLE.test(path)) return absolute(path, cwd, platform)
  }
  return null
}

/** The file the second launch asked to open: from its own data, else from its arguments. */
export function requestedFile(argv: readonly string[], cwd: string, data: unknown, fromSource: boolean): string | null {
  const file = (data as { openFile?: unknown } | null)?.openFile
  // Checked as an argument would be: an importable kind, made absolute, never a switch.
  if (typeof file === 'string' && file) return openedFileArg(['', file], { fromSource: false, cwd })
  return openedFileArg(argv, { fromSource, cwd })
}

function asPath(arg: string, platform: NodeJS.Platform): string | null {
  if (!/^file:/i.test(arg)) return arg
  try {
    return fileURLToPath(arg, { windows: platform === 'win32' })
  } catch {
    return null
  }
}

function absolute(path: string, cwd: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return win32.isAbsolute(path) ? win32.normalize(path) : win32.resolve(cwd, path)
  return isAbsolute(path) ? path : resolve(cwd, path)
}
