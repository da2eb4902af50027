/**
 * The deep link to a step: `?step=<index>` (0-based, into `trace.steps`) in the query string,
 * next to whatever else the URL carries (the view, a share link's hash…).
 */

/** The step index in a query string, or undefined when absent or not a non-negative integer. */
export function parseStepParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('step')
  if (raw === null || !/^\d{1,4}$/.test(raw.trim())) return undefined
  return Number(raw.trim())
}

/**
 * The URL with the step set (0 removes it: the first step needs no link), every other parameter
 * and the hash kept as they were.
 */
export function withStepParam(href: string, index: number): string {
  const url = new URL(href)
  if (index > 0) url.searchParams.set('step', String(index))
  else url.searchParams.delete('step')
  return url.toString()
}
