/** Why a number field is not acceptable, in Chinese naming the field; undefined when fine. */
export function numberProblem(label: string, value: number, min: number, max: number): string | undefined {
  if (!Number.isFinite(value)) return `${label}应填写数字`
  if (value < min || value > max) return `${label}应在 ${min} 到 ${max} 之间`
  return undefined
}
