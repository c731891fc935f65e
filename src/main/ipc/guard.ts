import { LIMITS } from '../schema/limits'
import { IpcFailure } from './result'

// Checks on any message before its shape is even looked at: size, nesting, and keys that could
// reach an object's prototype when merged.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function guardPayload(payload: unknown): void {
  let size: number
  try {
    size = payload === undefined ? 0 : JSON.stringify(payload).length
  } catch {
    throw new IpcFailure('invalid-request', '请求内容无法读取（含有循环引用或不支持的值）。')
  }
  if (size > LIMITS.requestChars) throw new IpcFailure('invalid-request', `请求内容过大（${size} 字符），已拒绝。`)
  walk(payload, 0)
}

function walk(value: unknown, depth: number): void {
  if (typeof value !== 'object' || value === null) return
  if (depth > LIMITS.depth) throw new IpcFailure('invalid-request', '请求内容嵌套层级过深，已拒绝。')
  const proto = Object.getPrototypeOf(value)
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) {
    throw new IpcFailure('invalid-request', '请求内容只能是普通数据。')
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) throw new IpcFailure('invalid-request', `请求内容含有不允许的字段名“${key}”，已拒绝。`)
    walk((value as Record<string, unknown>)[key], depth + 1)
  }
}
