// Department names as people type them: "某某局 " and "某某局" are the same department.

export function departmentKey(name: string): string {
  return name.replace(/[\s\u3000]+/g, '')
}
