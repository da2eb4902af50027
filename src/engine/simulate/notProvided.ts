/**
 * Inputs the user did not provide (`Scenario.notProvided`, issue #16). An import of a real
 * cluster's output replaces the whole scenario; what the paste lacked is not taken from an example
 * but left out, and every check that needs it is reported as unknown:
 *
 * - the stage's step is listed with status 'skip' and `data.notProvided` (the inputs it needed);
 * - one `input.not-provided` finding per input, at the input's source (pointer '');
 * - a check that later checks depend on (the token, the provider, the role) stops the chain there
 *   and the trace is 'invalid-input' with `Trace.unknown`; a check nothing later depends on (the
 *   issuer's discovery, the keys, the signature) is skipped and the chain goes on, so a later
 *   failure (a trust condition) is still found — STS would answer it whatever the keys hold, once
 *   the signature is valid — and credentials are never issued with a check left unknown.
 */
import { defineFindings } from '../finding'
import type { Finding, NotProvidedInput, Scenario, SourceId, Step, Trace } from '../types'
import { carriesIrsaInjection } from '../webhook'

export const NOT_PROVIDED_FINDINGS = defineFindings({
  // One sentence per input (`data.variant` names it): the reader says which paste provides it.
  'input.not-provided': {
    severity: 'warning',
    variants: {
      token: [],
      serviceAccount: [],
      pod: [],
      issuer: [],
      jwks: [],
      oidcProviders: [],
      trustPolicy: [],
      permissionPolicy: [],
    },
  },
})

/** Every input name `Scenario.notProvided` may hold. */
export const NOT_PROVIDED_INPUTS: readonly NotProvidedInput[] = [
  'token',
  'serviceAccount',
  'pod',
  'issuer',
  'jwks',
  'oidcProviders',
  'trustPolicy',
  'permissionPolicy',
]

/** The source a finding about each input points into. */
const SOURCE: Record<NotProvidedInput, SourceId> = {
  token: 'token',
  serviceAccount: 'serviceAccount',
  pod: 'pod',
  issuer: 'oidcProvider',
  jwks: 'jwks',
  oidcProviders: 'oidcProvider',
  trustPolicy: 'trustPolicy',
  permissionPolicy: 'permissionPolicy',
}

/** What each stage needs, and whether the chain can go on without deciding it. */
const NEEDS: Record<string, { inputs: NotProvidedInput[]; stops: boolean }> = {
  'webhook.mutate': { inputs: ['serviceAccount'], stops: true },
  'kubelet.token': { inputs: ['token'], stops: false },
  // STS validates the token's length among the request's parameters.
  'sts.request': { inputs: ['token'], stops: true },
  'sts.token': { inputs: ['token'], stops: true },
  'iam.provider': { inputs: ['oidcProviders'], stops: true },
  'oidc.discovery': { inputs: ['issuer'], stops: false },
  'oidc.jwks': { inputs: ['jwks'], stops: false },
  'jwt.key': { inputs: ['jwks'], stops: false },
  'jwt.signature': { inputs: ['jwks'], stops: false },
  'iam.role': { inputs: ['trustPolicy'], stops: true },
  'api.call': { inputs: ['permissionPolicy'], stops: false },
}

/** The names of `list` that are inputs, each once (anything else is ignored). */
export function notProvidedInputs(list: unknown): NotProvidedInput[] {
  if (!Array.isArray(list)) return []
  return NOT_PROVIDED_INPUTS.filter((input) => list.includes(input))
}

interface StageLike {
  id: string
  kind: string
  actor: Step['actor']
  to?: Step['actor']
  title: string
  applies?(ctx: never): boolean
}

/** What the wrapped stages record while they run: the unknown steps and their inputs. */
export interface UnknownRecord {
  inputs: NotProvidedInput[]
  steps: string[]
  /** The chain stopped on an unknown: not enough to decide. */
  stopped: boolean
}

/**
 * The inputs a scenario lacks: those it names in `notProvided` whose field is still empty (an
 * input the user filled in since is provided, whatever the list says).
 */
export function absentInputs(scenario: Scenario): NotProvidedInput[] {
  const listed = notProvidedInputs(scenario.notProvided)
  if (listed.length === 0) return []
  const blank = (text: string | undefined) => text === undefined || text.trim() === ''
  const role = scenario.aws.roles[0]
  const empty: Record<NotProvidedInput, boolean> = {
    token: blank(scenario.token),
    serviceAccount: blank(scenario.serviceAccount),
    pod: blank(scenario.pod),
    issuer: blank(scenario.cluster.issuer),
    jwks: scenario.cluster.jwks.keys.length === 0,
    oidcProviders: scenario.aws.oidcProviders.length === 0,
    trustPolicy: blank(role?.trustPolicy),
    permissionPolicy: (role?.permissionPolicies ?? []).every((p) => blank(p)),
  }
  return listed.filter((input) => empty[input])
}

/** A stage's step, listed as skipped with what it lacked. */
function unknownStep(stage: StageLike, refs: Step['refs'], data: Record<string, unknown>): Step {
  const step: Step = {
    id: stage.id,
    kind: stage.kind,
    actor: stage.actor,
    status: 'skip',
    title: stage.title,
    refs,
    data,
  }
  if (stage.to) step.to = stage.to
  // The chain's typed steps carry their name (src/engine/steps.ts): the id for these stages.
  return Object.assign(step, { name: stage.id })
}

/**
 * The chain's stages with every stage whose input is missing replaced by one that reports it as
 * unknown. A running pod that carries the injection already (`ctx.pod`) needs no ServiceAccount to
 * tell the SDK its role. The credentials stage is replaced as well when a check was skipped.
 */
export function withNotProvided<S extends StageLike>(
  stages: readonly S[],
  missing: readonly NotProvidedInput[],
  record: UnknownRecord,
): S[] {
  if (missing.length === 0) return [...stages]
  const absent = new Set(missing)
  const lacking = (id: string) => (NEEDS[id]?.inputs ?? []).filter((input) => absent.has(input))
  const replace = (stage: S, run: (ctx: { pod?: unknown }) => unknown): S => {
    const replaced = {
      id: stage.id,
      kind: stage.kind,
      actor: stage.actor,
      ...(stage.to ? { to: stage.to } : {}),
      title: stage.title,
      ...(stage.applies ? { applies: stage.applies.bind(stage) } : {}),
      run,
    }
    return replaced as unknown as S
  }
  return stages.map((stage) => {
    const inputs = lacking(stage.id)
    if (inputs.length === 0) {
      if (stage.id !== 'sts.credentials') return stage
      // Credentials are never issued while a check is unknown.
      const original = stage as unknown as { run(ctx: unknown): unknown }
      return replace(stage, (ctx) => {
        if (record.steps.length === 0) return original.run.call(stage, ctx)
        const open = record.steps.slice()
        record.steps.push(stage.id)
        record.stopped = true
        return { steps: [unknownStep(stage, [], { unknownSteps: open })], halt: true }
      })
    }
    return replace(stage, (ctx) => {
      // A running, mutated pod tells the SDK its role by itself: the webhook is moot.
      const stops =
        stage.id === 'webhook.mutate' ? !carriesIrsaInjection(ctx.pod) : NEEDS[stage.id]!.stops
      record.steps.push(stage.id)
      const findings = inputs
        .filter((input) => !record.inputs.includes(input))
        .map((input) => {
          record.inputs.push(input)
          return NOT_PROVIDED_FINDINGS.make(
            'input.not-provided',
            `The ${input} was not provided: ${stage.id} cannot be decided.`,
            SOURCE[input],
            { pointer: '', data: { variant: input } },
          )
        })
      if (stops) record.stopped = true
      const refs = inputs.map((input) => ({ source: SOURCE[input], pointer: '' }))
      return { steps: [unknownStep(stage, refs, { notProvided: inputs })], findings, halt: stops }
    })
  })
}

/** The parts of a chain definition this module wraps (simulate/chain.ts ChainDefinition). */
interface ChainLike<Ctx> {
  stages: readonly StageLike[]
  normalize(input: unknown): { scenario: Scenario; findings: Finding[] }
  assemble(ctx: Ctx): { outcome: Trace['outcome']; extra: object }
}

/**
 * Runs `run(chain, input)` with what the scenario lacks reported as unknown: the stages that need
 * it replaced, placeholders' parse errors dropped, the outcome 'invalid-input' when the chain
 * stopped on an unknown, and `Trace.unknown` set. Without `notProvided`, exactly `run`.
 */
export async function runWithNotProvided<Ctx, C extends ChainLike<Ctx>, T extends Trace>(
  chain: C,
  input: unknown,
  run: (chain: C, input: unknown) => Promise<T>,
): Promise<T> {
  // A scenario that lists nothing as not provided (the common case) lacks nothing: normalising it
  // here as well would be work thrown away (the chain normalises it again).
  const listed = input !== null && typeof input === 'object' && !Array.isArray(input)
  if (!listed || notProvidedInputs((input as { notProvided?: unknown }).notProvided).length === 0)
    return run(chain, input)
  const { scenario } = chain.normalize(input)
  const missing = absentInputs(scenario)
  if (missing.length === 0) return run(chain, input)
  const record: UnknownRecord = { inputs: [], steps: [], stopped: false }
  const wrapped: C = {
    ...chain,
    stages: withNotProvided(chain.stages, missing, record),
    assemble(ctx: Ctx) {
      const assembled = chain.assemble(ctx)
      return record.stopped ? { ...assembled, outcome: 'invalid-input' } : assembled
    },
  }
  // A ServiceAccount not provided: an empty mapping, so the chain runs (the webhook stage reports it).
  const prepared = missing.includes('serviceAccount')
    ? { ...(input as object), serviceAccount: '{}' }
    : input
  const trace = await run(wrapped, prepared)
  if (missing.includes('token'))
    trace.findings = trace.findings.filter(
      (f) => f.source !== 'token' || f.code === 'input.not-provided',
    )
  if (record.steps.length > 0) trace.unknown = { inputs: record.inputs, steps: record.steps }
  return trace
}
