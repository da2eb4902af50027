/** RFC 6901 JSON pointers. */

/** Escapes one reference token: `~` → `~0`, `/` → `~1`. */
export function escapePointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1')
}

/** Joins a parent pointer and reference tokens: `joinPointer('/Statement', 0, 'Action')`. */
export function joinPointer(parent: string, ...tokens: (string | number)[]): string {
  return parent + tokens.map((t) => '/' + escapePointerToken(t)).join('')
}

/** Splits a pointer into unescaped reference tokens; '' is the whole document. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
}
