/** Hand-built steps for the flow's unit tests (not from the engine: the tests pin the UI's logic). */
import { STEP_KINDS, type IrsaStepName, type IrsaStepNamed, type Step } from '../../engine'

export const step = (id: string, over: Partial<Step> = {}): Step => ({
  id,
  kind: id,
  actor: 'sts',
  status: 'pass',
  title: id,
  refs: [],
  ...over,
})

/** The shape of the default scenario's chain, shortened. */
export const chain: Step[] = [
  step('webhook.mutate', { kind: 'webhook.inject', actor: 'webhook', to: 'pod' }),
  step('kubelet.token', {
    kind: 'kubelet.project-token',
    actor: 'kubelet',
    to: 'pod',
    status: 'info',
  }),
  step('sts.request', { kind: 'sts.call', actor: 'sdk', to: 'sts' }),
  step('iam.provider', { kind: 'iam.provider-lookup', to: 'iam' }),
  step('sts.audience', { kind: 'sts.audience' }),
  step('oidc.discovery', { kind: 'oidc.discovery', to: 'oidc' }),
  step('oidc.jwks', { kind: 'oidc.jwks', to: 'oidc' }),
  step('iam.role', { kind: 'iam.role-lookup', to: 'iam' }),
  step('sts.credentials', { kind: 'sts.credentials', to: 'sdk' }),
  step('api.call', { kind: 'api.call', actor: 'sdk', to: 's3' }),
]

/**
 * A hand-built IRSA step of one name: its id (unless given) and kind (STEP_KINDS) from the name.
 * Its data may leave out what a test does not need, or hold what the engine would not write: the
 * UI must cope with both, so the fixture is not held to the data's type.
 */
export const irsaStep = <N extends IrsaStepName>(
  name: N,
  over: Partial<Omit<Step, 'data'>> & { data?: Record<string, unknown> } = {},
): IrsaStepNamed<N> =>
  ({ ...step(name, { kind: STEP_KINDS[name] }), name, ...over }) as IrsaStepNamed<N>
