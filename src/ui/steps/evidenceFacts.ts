/** The facts behind StepEvidence.tsx: the proof in force, and a failed condition's closest value. */
import type { Step } from '../../engine'
import { charDiff, type CharDiff } from '../../scenarios/import/evidence'
import { useAppStore } from '../../state/store'
import { useTriageStore } from '../../state/triageStore'

/** The proof that holds for the current scenario, if any. */
export function useScenarioProof() {
  const proof = useTriageStore((s) => s.proof)
  const token = useAppStore((s) => s.draft?.token)
  return proof && proof.token === token ? proof : undefined
}

const size = (d: CharDiff) => Math.max(d.expected.length, d.actual.length)

/** The closest policy value to the request's value of a failed string condition. */
export function conditionDiff(step: Step): CharDiff | undefined {
  if (step.kind !== 'trust.condition' || step.status !== 'fail') return undefined
  const d = step.data ?? {}
  if (!/^String(Equals|Like)$/i.test(String(d.operator))) return undefined
  const request = Array.isArray(d.requestValues) ? d.requestValues : []
  const values = Array.isArray(d.values) ? (d.values as { value?: unknown }[]) : []
  let best: CharDiff | undefined
  for (const got of request)
    for (const { value } of values) {
      if (typeof got !== 'string' || typeof value !== 'string') continue
      const diff = charDiff(value, got)
      if (!best || size(diff) < size(best)) best = diff
    }
  // A diff only helps when the two share a part: otherwise the values say it all.
  return best && (best.prefix || best.suffix) ? best : undefined
}
