// nianbao command line: `npm run --silent cli -- <command> …`. One file per command; each exports
// run(args) and returns the exit code.

type Command = { run: (args: string[]) => Promise<number> }

const COMMANDS: Record<string, { about: string; load: () => Promise<Command> }> = {
  check: { about: '检查报告：check FILE [--previous LASTYEAR_FILE] [--json]；check DIR [--json|--table] 检查文件夹', load: () => import('./check') },
  import: { about: '读取文件并输出报告：import FILE [--json]', load: () => import('./import') },
  new: { about: '以上年报告为底稿新建报告：new --from LASTYEAR_FILE -o NEW.json', load: () => import('./new') },
  export: { about: '导出：export FILE -o OUT.docx|.html|.json', load: () => import('./export') },
  aggregate: { about: '汇总同一年度各部门的报告：aggregate FILES... -o OUT.json|OUT.csv', load: () => import('./aggregate') }
}

export const USAGE = [
  '用法：npm run --silent cli -- <命令> [参数]',
  '',
  '命令：',
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)}${c.about}`),
  '',
  '每个命令加 --help 查看详细说明。'
].join('\n')

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  const command = COMMANDS[name]
  if (!command) {
    process.stderr.write(`未知命令“${name}”。\n${USAGE}\n`)
    return 2
  }
  return (await command.load()).run(args)
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`内部错误：${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 3
  }
)
