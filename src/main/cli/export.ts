// Placeholder: the engineer who owns this command replaces this file.

export async function run(_args: string[]): Promise<number> {
  process.stderr.write('此命令尚未完成\n')
  return 2
}
