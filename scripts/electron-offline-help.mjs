// The one message shown when the Electron binary is missing and cannot be fetched: what happened,
// then the three ways to provide it without network, with commands for this machine's shell.
import { cachedZipPath, officialZipUrl } from './electron-binary.mjs'

function setCommand(platform, name, value) {
  return platform === 'win32' ? `set ${name}=${value}` : `export ${name}=${value}`
}

/** Why the binary is missing, in Chinese then English. */
function whatHappened(pkg, problem) {
  const build = `Electron ${pkg.version} (${pkg.platform}-${pkg.arch})`
  if (problem.missing === 'override') {
    return [
      `找不到 Electron 程序：ELECTRON_OVERRIDE_DIST_PATH 指向的文件夹里没有它（${problem.path}）。`,
      `Electron not found: ELECTRON_OVERRIDE_DIST_PATH is set, but ${problem.path} does not exist.`
    ]
  }
  if (problem.missing === 'exec') {
    return [
      `找不到 Electron 程序：ELECTRON_EXEC_PATH 指向的 ${problem.path} 不存在。`,
      `Electron not found: ELECTRON_EXEC_PATH points at ${problem.path}, which does not exist.`
    ]
  }
  return [
    `无法下载 Electron 运行环境 ${build}。原因：${problem.reason}`,
    `Could not download the Electron runtime ${build}. Reason: ${problem.reason}`
  ]
}

export function offlineHelp(pkg, problem, env = process.env, platform = process.platform) {
  const folder = platform === 'win32' ? 'D:\\electron-45' : '/media/usb/electron-45'
  const run = 'npm start'
  return [
    '',
    ...whatHappened(pkg, problem),
    '',
    '请任选一种办法，然后重新运行 npm start（或 npm run dev）。',
    'Pick one of these, then run npm start (or npm run dev) again.',
    '',
    '1. 本单位有 Electron 镜像 / Your office has a mirror of the Electron releases:',
    `     ${setCommand(platform, 'ELECTRON_MIRROR', 'http://镜像地址/electron/')}`,
    `     ${run}`,
    '   （镜像地址以 / 结尾，其下为 v版本号/文件名 / the address ends with /, files lie under vVERSION/）',
    '',
    `2. 在有网络的电脑上下载 ${pkg.zipName}，用 U 盘带来，解压到一个文件夹：`,
    `   On a machine with network, download ${pkg.zipName}, carry it on a USB stick, unzip it to a folder:`,
    `     ${officialZipUrl(pkg)}`,
    `     ${setCommand(platform, 'ELECTRON_OVERRIDE_DIST_PATH', folder)}`,
    `     ${run}`,
    '',
    '3. 或者把这个 zip 原样（不解压）放到 Electron 的下载缓存里，路径必须完全一致（此时不要设置 ELECTRON_MIRROR）：',
    '   Or put that zip, still zipped, into Electron\'s download cache at exactly this path (with ELECTRON_MIRROR unset):',
    `     ${cachedZipPath(pkg, env, platform)}`,
    '',
    '经代理上网时，设置 HTTPS_PROXY=http://代理地址:端口 和 ELECTRON_GET_USE_PROXY=1 后重试。',
    'Behind a proxy: set HTTPS_PROXY=http://PROXY:PORT and ELECTRON_GET_USE_PROXY=1, then try again.',
    '详见 README「没有网络时启动」/ See README, "Starting without network".',
    ''
  ].join('\n')
}
