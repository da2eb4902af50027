/** One row of the bench's table. */
export interface Row {
  name: string
  value: string
  budget?: string
  /** Within budget (rows without a budget are figures, always ok). */
  ok: boolean
  /**
   * A target the issue set that this stack cannot reach (see README): shown as missed, but it
   * does not fail the run — the enforced budget beside it guards against regressions.
   */
  target?: boolean
}

export function printTable(rows: Row[]): { failed: number; missedTargets: number } {
  const width = Math.max(...rows.map((r) => r.name.length))
  const valueWidth = Math.max(12, ...rows.map((r) => r.value.length))
  console.log(`${'benchmark'.padEnd(width)}  ${'measured'.padStart(valueWidth)}  budget`)
  for (const row of rows) {
    const mark = row.ok ? '' : row.target ? '  ✘ target missed' : '  ✘ over budget'
    console.log(
      `${row.name.padEnd(width)}  ${row.value.padStart(valueWidth)}  ${row.budget ?? ''}${mark}`,
    )
  }
  const failed = rows.filter((r) => !r.ok && !r.target).length
  const missedTargets = rows.filter((r) => !r.ok && r.target).length
  const budgets = rows.filter((r) => r.budget && !r.target).length
  console.log(
    `${budgets - failed} of ${budgets} budgets met` +
      (missedTargets
        ? `; ${missedTargets} target${missedTargets > 1 ? 's' : ''} out of this stack's reach (README)`
        : ''),
  )
  return { failed, missedTargets }
}
