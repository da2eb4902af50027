import { useMemo } from 'react'
import { findStep } from '../../engine'
import { yamlLibrary } from '../../engine/text'
import { useAppStore } from '../../state/store'
import { explainMutation, type Injection } from './injections'

export type MutatedPod =
  | { state: 'none' }
  | { state: 'skipped'; reason?: string }
  | {
      state: 'mutated'
      original: string
      mutated: string
      injections: Injection[]
      defaulted: boolean
    }

/**
 * The pod before and after the webhook, as YAML, from the trace's `webhook.mutate` step, which
 * carries both (the pod the engine read: the Pod editor's text, or the minimal pod it uses when
 * that is empty). Nothing is re-simulated or re-applied here.
 */
export function useMutatedPod(): MutatedPod {
  const step = useAppStore((s) => (s.trace ? findStep(s.trace.steps, 'webhook.mutate') : undefined))
  return useMemo((): MutatedPod => {
    const data = step?.data
    if (!data) return { state: 'none' }
    if (data.skipped) return { state: 'skipped', reason: data.reason }
    if (!data.pod || !data.mutatedPod) return { state: 'none' }
    return {
      state: 'mutated',
      original: yamlLibrary().stringify(data.pod),
      mutated: yamlLibrary().stringify(data.mutatedPod),
      injections: explainMutation(data.pod, data.mutatedPod),
      defaulted: data.defaultPod === true,
    }
  }, [step])
}
