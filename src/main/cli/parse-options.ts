import { parseArgs } from 'node:util'
import { InputError } from './read-input'

// Every command's options through Node's own parser (util.parseArgs), with the mistakes said in one
// line of Chinese. The parser runs loose (strict: false, tokens) and the tokens are judged here, so
// the message names the option exactly as the user typed it, never an English message of Node's.

export interface OptionSpec {
  type: 'string' | 'boolean'
  short?: string
  multiple?: boolean
  /** What the value is, for "参数“--previous”后面缺少文件名" (string options). */
  value?: string
}

export type OptionSpecs = Record<string, OptionSpec>

type ValueOf<S extends OptionSpec> = S['type'] extends 'string' ? (S['multiple'] extends true ? string[] : string) : boolean

export interface ParsedOptions<T extends OptionSpecs> {
  values: { [K in keyof T]?: ValueOf<T[K]> }
  positionals: string[]
  help: boolean
}

const HELP: OptionSpec = { type: 'boolean', short: 'h' }

/** The options a command takes, as a user would type them, for the "未知参数" line. */
export function optionList(specs: OptionSpecs): string {
  return [...Object.entries(specs).map(([name, s]) => (s.short && s.type === 'string' ? `-${s.short}` : `--${name}`)), '--help'].join('、')
}

/**
 * Parses a command's arguments. `--help` (or -h) anywhere wins over every other mistake. Throws
 * InputError for an unknown option, an option missing its value (also when the next word is another
 * option: `--previous --json`), and a value given to a switch (`--json=1`).
 */
export function parseOptions<T extends OptionSpecs>(args: string[], specs: T): ParsedOptions<T> {
  const options = { ...specs, help: HELP }
  const { values, positionals, tokens } = parseArgs({ args, options, strict: false, allowPositionals: true, tokens: true })
  // Also `--previous --help`: the user asks for help, not for a file named "--help".
  const end = args.indexOf('--')
  const asked = (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
  if (values.help === true || asked) return { values: {}, positionals, help: true }
  for (const t of tokens) {
    if (t.kind !== 'option') continue
    const spec = Object.hasOwn(specs, t.name) ? (specs as OptionSpecs)[t.name] : undefined
    if (!spec) throw new InputError(`未知参数“${t.rawName}”。可用的参数：${optionList(specs)}`)
    if (spec.type === 'boolean') {
      if (t.value !== undefined) throw new InputError(`参数“${t.rawName}”不带值（去掉“=${t.value}”）`)
      continue
    }
    // Loose parsing takes the next word whatever it is: a word that is itself an option means the
    // value was forgotten (a value that starts with "-" can be given as --name=-value).
    const missing = t.value === undefined || t.value === '' || (!t.inlineValue && /^-./.test(t.value))
    if (missing) throw new InputError(`参数“${t.rawName}”后面缺少${spec.value ?? '值'}`)
  }
  return { values: values as ParsedOptions<T>['values'], positionals, help: false }
}

/** The first word that is not an option or an option's value, read loosely (which command runs: `check FILE` or `check DIR`). */
export function firstPositional(args: string[], specs: OptionSpecs): string | undefined {
  return parseArgs({ args, options: { ...specs, help: HELP }, strict: false, allowPositionals: true }).positionals[0]
}
