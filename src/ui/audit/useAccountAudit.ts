/**
 * The account audit's state: the pasted text and chosen files, the analysis (in chunks, so the page
 * stays responsive and a progress bar moves: 2,000 roles take well under a second here), the report.
 */
import { useCallback, useRef, useState } from 'react'
import {
  auditRole,
  compareRisk,
  mergeAccountInputs,
  providerIndex,
  readAccountInput,
  type AuditReport,
  type AuditRole,
  type InputProblem,
  type ProviderInput,
} from '../../scenarios/audit'

/** Roles analysed between two yields to the browser. */
const CHUNK = 100

export interface AuditState {
  report?: AuditReport
  providers: ProviderInput[]
  progress?: { done: number; total: number }
  problems: InputProblem[]
}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export function useAccountAudit() {
  const [state, setState] = useState<AuditState>({ providers: [], problems: [] })
  const run = useRef(0)

  const analyse = useCallback(async (inputs: { text: string; origin: string }[]) => {
    const id = ++run.current
    const merged = mergeAccountInputs(inputs.map((i) => readAccountInput(i.text, i.origin)))
    const index = providerIndex(merged.providers)
    const total = merged.roles.length
    setState({
      providers: merged.providers,
      problems: merged.problems,
      progress: { done: 0, total },
    })
    const roles: AuditRole[] = []
    for (let from = 0; from < total; from += CHUNK) {
      await nextFrame()
      if (id !== run.current) return
      for (const role of merged.roles.slice(from, from + CHUNK)) roles.push(auditRole(role, index))
      const done = Math.min(total, from + CHUNK)
      setState((s) => ({ ...s, progress: { done, total } }))
    }
    roles.sort(compareRisk)
    setState({
      providers: merged.providers,
      problems: merged.problems,
      report:
        total > 0
          ? { roles, providersKnown: index !== undefined, problems: merged.problems }
          : undefined,
    })
  }, [])

  const clear = useCallback(() => {
    run.current++
    setState({ providers: [], problems: [] })
  }, [])

  return { ...state, analyse, clear }
}
