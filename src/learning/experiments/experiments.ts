/**
 * Suggested experiments: one-click changes of the scenario that show how IRSA breaks (or opens).
 * Pure: `(draft, trace) => Experiment[]`, relevant ones first; the UI applies a patch with
 * `applyChange`, which the toolbar's Undo reverts.
 */
import type { Trace } from '../../engine'
import { CLOCK_SKEW_SECONDS } from '../../engine/sts'
import { yamlLibrary } from '../../engine/text'
import { ROLE_ARN_ANNOTATION } from '../../engine/webhook'
import type { ScenarioDraft } from '../../scenarios/draft'
import { isoOf, tokenFacts } from '../challenges/runs'
import { hasSub, operators, removeSub, renameOperator, swapSubAud } from '../challenges/trust'

/** What the experiment is expected to do to the verdict (the label says it; a test checks it). */
export type ExperimentEffect = 'denied' | 'issued' | 'call-denied' | 'others-issued'

export interface Experiment {
  id: string
  /** i18n key under `experiments.items.`; `labelValues` fill its placeholders. */
  labelKey: string
  labelValues?: Record<string, string>
  effect: ExperimentEffect
  apply: (draft: ScenarioDraft) => Partial<ScenarioDraft>
}

interface Candidate extends Experiment {
  /** Higher first; 0 hides it. */
  relevance: number
}

const failedStep = (trace: Trace) => trace.steps.find((s) => s.status === 'fail')?.id ?? ''

function withoutAnnotation(yaml: string): string {
  const doc = yamlLibrary().parseDocument(yaml)
  doc.deleteIn(['metadata', 'annotations', ROLE_ARN_ANNOTATION])
  return doc.toString()
}

function editJson<T>(text: string, edit: (value: T) => T): string | undefined {
  try {
    return JSON.stringify(edit(JSON.parse(text) as T), null, 2)
  } catch {
    return undefined
  }
}

/** Every experiment that makes sense for this draft and trace, relevant ones first. */
export function experimentsFor(
  draft: ScenarioDraft,
  trace: Trace,
  presetId?: string,
): Experiment[] {
  const issued = trace.outcome === 'issued'
  const failed = failedStep(trace)
  const { exp, iat } = tokenFacts(draft)
  const ops = operators(draft.trustPolicy)
  const candidates: Candidate[] = [
    {
      id: 'remove-sub',
      labelKey: 'experiments.items.removeSub',
      effect: 'others-issued',
      relevance: hasSub(draft.trustPolicy) ? (issued ? 9 : 3) : 0,
      apply: (d) => ({ trustPolicy: removeSub(d.trustPolicy) }),
    },
    {
      id: 'clock-past-exp',
      labelKey: 'experiments.items.clockPastExp',
      effect: 'denied',
      relevance: exp !== undefined && issued ? 8 : 0,
      // Past the five-minute clock skew STS allows after exp, plus a minute.
      apply: () => ({ now: isoOf((exp ?? 0) + CLOCK_SKEW_SECONDS + 60) }),
    },
    {
      id: 'clock-back',
      labelKey: 'experiments.items.clockBack',
      effect: 'issued',
      relevance: failed === 'jwt.time' && iat !== undefined ? 10 : 0,
      apply: () => ({ now: isoOf((iat ?? 0) + 60) }),
    },
    {
      id: 'equals-to-like',
      labelKey: 'experiments.items.equalsToLike',
      effect: 'issued',
      // Relevant where a wildcard sits under StringEquals (it is compared literally there).
      relevance: !ops.includes('StringEquals')
        ? 0
        : failed.startsWith('trust.') && /:sub"\s*:\s*"[^"]*[*?]/.test(draft.trustPolicy)
          ? 10
          : issued
            ? 4
            : 0,
      apply: (d) => ({ trustPolicy: renameOperator(d.trustPolicy, 'StringEquals', 'StringLike') }),
    },
    {
      id: 'swap-aud-sub',
      labelKey: 'experiments.items.swapAudSub',
      effect: issued ? 'denied' : 'issued',
      relevance:
        /:sub"/.test(draft.trustPolicy) && /:aud"/.test(draft.trustPolicy)
          ? presetId === 'aud-sub-swapped'
            ? 10
            : 5
          : 0,
      apply: (d) => ({ trustPolicy: swapSubAud(d.trustPolicy) }),
    },
    {
      id: 'drop-client-id',
      labelKey: 'experiments.items.dropClientId',
      effect: 'denied',
      relevance: issued && draft.oidcProviders.includes('clientIds') ? 6 : 0,
      apply: (d) => {
        const text = editJson<{ clientIds?: string[] }[]>(d.oidcProviders, (providers) =>
          Array.isArray(providers) ? providers.map((p) => ({ ...p, clientIds: [] })) : providers,
        )
        return text ? { oidcProviders: text } : {}
      },
    },
    {
      id: 'empty-jwks',
      labelKey: 'experiments.items.emptyJwks',
      effect: 'denied',
      relevance: issued ? 6 : 0,
      apply: () => ({ jwks: JSON.stringify({ keys: [] }, null, 2) }),
    },
    {
      id: 'request-7200',
      labelKey: 'experiments.items.request7200',
      effect: draft.maxSessionDuration >= 7200 ? 'issued' : 'denied',
      relevance: issued ? 5 : 0,
      apply: (d) => {
        const text = editJson<Record<string, unknown>>(d.request.trim() || '{}', (r) => ({
          ...r,
          durationSeconds: 7200,
        }))
        return text ? { request: text } : {}
      },
    },
    {
      id: 'raise-max-session',
      labelKey: 'experiments.items.raiseMaxSession',
      effect: 'issued',
      relevance: failed === 'sts.duration' ? 10 : 0,
      apply: () => ({ maxSessionDuration: 43200 }),
    },
    {
      id: 'remove-annotation',
      labelKey: 'experiments.items.removeAnnotation',
      effect: 'denied',
      relevance: issued && draft.serviceAccount.includes(ROLE_ARN_ANNOTATION) ? 4 : 0,
      apply: (d) => ({ serviceAccount: withoutAnnotation(d.serviceAccount) }),
    },
    {
      id: 'drop-permissions',
      labelKey: 'experiments.items.dropPermissions',
      effect: 'call-denied',
      relevance: issued && trace.call?.decision === 'Allow' ? 3 : 0,
      apply: () => ({ permissionPolicy: '' }),
    },
  ]
  return candidates
    .filter((c) => c.relevance > 0)
    .sort((a, b) => b.relevance - a.relevance)
    .map(({ relevance: _relevance, ...experiment }) => experiment)
}
