import { useMemo } from 'react'
import { stringify } from 'yaml'
import type { JsonPatchOperation } from '../../engine'
import { defaultPod } from '../../engine/webhook'
import { parseYamlDocument } from '../../engine/text'
import { useAppStore } from '../../state/store'
import { explainPatch, type Injection } from './injections'

/** The webhook step's facts, as the trace carries them. */
interface WebhookData {
  skipped?: boolean
  reason?: string
  patch?: JsonPatchOperation[]
}

export type MutatedPod =
  | { state: 'none' }
  | { state: 'skipped'; reason?: string }
  | { state: 'stale' }
  | {
      state: 'mutated'
      original: string
      mutated: string
      injections: Injection[]
      defaulted: boolean
    }

/**
 * The pod before and after the webhook, as YAML, from the trace's `webhook.mutate` step: its patch
 * is applied to the pod the engine read (the Pod editor's text, or the minimal pod it uses when
 * that is empty). Nothing is re-simulated here.
 */
export function useMutatedPod(): MutatedPod {
  const step = useAppStore((s) => s.trace?.steps.find((x) => x.id === 'webhook.mutate'))
  const podText = useAppStore((s) => s.draft?.pod ?? '')
  const saText = useAppStore((s) => s.draft?.serviceAccount ?? '')
  return useMemo((): MutatedPod => {
    const data = step?.data as WebhookData | undefined
    if (!data) return { state: 'none' }
    if (data.skipped) return { state: 'skipped', reason: data.reason }
    const defaulted = podText.trim() === ''
    const pod = defaulted
      ? defaultPod((parseYamlDocument(saText, 'serviceAccount').value ?? {}) as object)
      : parseYamlDocument(podText, 'pod').value
    const { mutated, injections } = explainPatch(pod, data.patch ?? [])
    if (mutated === undefined) return { state: 'stale' }
    return {
      state: 'mutated',
      original: stringify(pod),
      mutated: stringify(mutated),
      injections,
      defaulted,
    }
  }, [step, podText, saText])
}
