// `npm start` / `npm run dev`: make sure the Electron binary is there, then hand over to
// electron-vite (`preview` or `dev`, further arguments passed on). When the binary is missing and
// cannot be downloaded, print one message saying what to do and exit 1, never a stack trace.
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { downloadElectron, electronPackage, locateElectron } from './electron-binary.mjs'
import { offlineHelp } from './electron-offline-help.mjs'

const [command, ...rest] = process.argv.slice(2)
if (command !== 'preview' && command !== 'dev') {
  console.error('usage: node scripts/start-electron.mjs preview|dev [electron-vite options]')
  process.exit(2)
}

function fail(pkg, problem) {
  console.error(offlineHelp(pkg, problem))
  process.exit(1)
}

/** The one-line cause of a failed download (fetch hides the network error in `cause`). */
function reasonOf(err) {
  const cause = err?.cause?.code || err?.cause?.message
  const text = String(err?.message ?? err).split('\n')[0]
  return cause && !text.includes(cause) ? `${text} (${cause})` : text
}

async function electronPath(pkg) {
  const found = locateElectron(pkg)
  if (found.path && !found.missing) return found.path
  if (found.missing !== 'download') fail(pkg, found)
  console.log(`首次运行，正在下载 Electron ${pkg.version}（约 100 MB，只需一次）。`)
  console.log(`First run: downloading Electron ${pkg.version} (about 100 MB, once).`)
  try {
    await downloadElectron(pkg)
  } catch (err) {
    fail(pkg, { missing: 'download', reason: reasonOf(err) })
  }
  const after = locateElectron(pkg)
  if (after.missing) fail(pkg, { missing: 'download', reason: 'install.js did not leave an executable' })
  return after.path
}

let pkg
try {
  pkg = electronPackage()
} catch {
  console.error('找不到 electron 包，请先运行 npm install。/ The electron package is missing: run npm install first.')
  process.exit(1)
}
const exe = await electronPath(pkg)
// electron-vite reads only path.txt unless ELECTRON_EXEC_PATH is set; setting it also makes
// ELECTRON_OVERRIDE_DIST_PATH work, which electron-vite ignores on its own.
const bin = join(createRequire(join(process.cwd(), 'package.json')).resolve('electron-vite/package.json'), '..', 'bin', 'electron-vite.js')
const child = spawn(process.execPath, [bin, command, ...rest], { stdio: 'inherit', env: { ...process.env, ELECTRON_EXEC_PATH: exe } })
child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
