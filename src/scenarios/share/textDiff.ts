/**
 * A one-hunk line diff for share links: the common leading and trailing lines are dropped, what
 * is left is `[start, deleted, ...inserted]`. Typical edits (a namespace, an operator, a value)
 * touch a line or two, so a link carries those instead of whole documents.
 */
export type LineHunk = [number, number, ...string[]]

export function lineHunk(reference: string, text: string): LineHunk {
  const a = reference.split('\n')
  const b = text.split('\n')
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  return [start, endA - start, ...b.slice(start, endB)]
}

/** Applies a hunk; undefined when it does not fit the reference (a link for other texts). */
export function applyLineHunk(reference: string, hunk: readonly unknown[]): string | undefined {
  const [start, deleted, ...inserted] = hunk
  const lines = reference.split('\n')
  if (!Number.isInteger(start) || !Number.isInteger(deleted)) return undefined
  if (
    (start as number) < 0 ||
    (deleted as number) < 0 ||
    (start as number) + (deleted as number) > lines.length
  ) {
    return undefined
  }
  if (!inserted.every((line) => typeof line === 'string')) return undefined
  // No spread into a call: 150,000 inserted lines would exceed the engine's argument limit.
  const begin = start as number
  return lines
    .slice(0, begin)
    .concat(inserted as string[], lines.slice(begin + (deleted as number)))
    .join('\n')
}
