/**
 * The simulation as an ordered list of stages. Each stage looks at the run so far and returns the
 * steps it adds; a stage that fails stops the run, and every later stage is still listed, marked
 * 'skip', so the trace always shows the whole chain (xstate's "return the steps, don't run them").
 *
 * A stage names what it needs from earlier stages (`needs`: keys of the run's context) and its
 * `run` receives a context where those are present — no `ctx.x!` in a stage. The chain stops at
 * the first failing stage, so a needed value is always there when a stage runs; if one is not,
 * that is an engine bug, reported as one (`MissingInputError`).
 */
import type { Actor, Finding, Step, StepRef, StsError } from '../types'
import type { CatalogedError } from '../sts/errors'
import { addAssumption } from '../assumptions'
import type { ChainStep, NamedStep, STEP_KINDS, UndecidedData } from '../steps'

/** What a stage returns: its steps (of the chain's step union `Out`), findings, and whether it stops. */
export interface StageOutcome<Out = Step> {
  steps: Out[]
  findings?: Finding[]
  /** STS answered with this error: the run stops here. */
  error?: CatalogedError
  /** The run stops without an STS error (e.g. the SDK never calls STS). */
  halt?: boolean
}

/** `Ctx` with the keys `K` present (what a stage that needs them receives). */
export type WithNeeds<Ctx, K extends keyof Ctx> = Ctx & { [P in K]-?: Exclude<Ctx[P], undefined> }

/**
 * One stage of a chain. `Data` maps the chain's step names to their data (IrsaStepData,
 * PodIdentityStepData); `N` is this stage's name (= its `id`); `K` the context keys it needs.
 */
export interface Stage<
  Ctx,
  Data = Record<string, unknown>,
  N extends keyof Data & string = keyof Data & string,
  K extends keyof Ctx = never,
> {
  id: N
  /** The contract's kind for this name (src/engine/steps.ts STEP_KINDS). */
  kind: N extends keyof typeof STEP_KINDS ? (typeof STEP_KINDS)[N] : string
  actor: Actor
  to?: Actor
  title: string
  /** The context keys earlier stages must have set. */
  needs?: readonly K[]
  /** Whether the stage applies to this scenario at all (e.g. the API call only when one is given). */
  applies?(ctx: Ctx): boolean
  run(
    ctx: WithNeeds<Ctx, K>,
  ): StageOutcome<ChainStep<Data>> | Promise<StageOutcome<ChainStep<Data>>>
}

/** Any stage of a chain (the list the runner walks). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each stage has its own name and needs
export type AnyStage<Ctx, Data> = Stage<Ctx, Data, keyof Data & string, any>

export interface PipelineResult<Out = Step> {
  steps: Out[]
  findings: Finding[]
  error?: StsError
  halted: boolean
  failedStepId?: string
}

/** Extra fields of a stage's step; `data` typed by the stage's name. */
type StepExtra<D> = Partial<Omit<Step, 'status' | 'refs' | 'data' | 'id' | 'kind'>> & {
  data?: D & UndecidedData
  /** With `assumptions`, from `stated(…)` (assumptions.ts). */
  assumptionRefs?: NamedStep<string, D>['assumptionRefs']
}

/** A step with the stage's identity (id, name, kind, actor, title) filled in. */
export function stageStep<Ctx, Data, N extends keyof Data & string, K extends keyof Ctx>(
  stage: Stage<Ctx, Data, N, K>,
  status: Step['status'],
  refs: StepRef[],
  extra: StepExtra<Data[N]> = {},
): NamedStep<N, Data[N]> {
  const step: NamedStep<N, Data[N]> = {
    id: stage.id,
    name: stage.id,
    kind: stage.kind,
    actor: stage.actor,
    status,
    title: stage.title,
    refs,
    ...extra,
  }
  if (stage.to && !step.to) step.to = stage.to
  return step
}

/** The stages listed as skipped: the trace of a run that cannot start (unusable inputs). */
export function skippedSteps<Ctx, Data>(stages: readonly AnyStage<Ctx, Data>[]): ChainStep<Data>[] {
  return stages.map((stage) => stageStep(stage, 'skip', []) as ChainStep<Data>)
}

/** A stage ran without a value an earlier stage should have set: a bug in the chain. */
export class MissingInputError extends Error {
  constructor(stage: string, key: string) {
    super(`stage ${stage} ran without ${key}`)
  }
}

/** The stage's context with its needs checked present. */
function contextFor<Ctx, K extends keyof Ctx>(
  stage: { id: string; needs?: readonly K[] },
  ctx: Ctx,
): WithNeeds<Ctx, K> {
  for (const key of stage.needs ?? [])
    if (ctx[key] === undefined) throw new MissingInputError(stage.id, String(key))
  return ctx as WithNeeds<Ctx, K>
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> =>
  typeof (value as { then?: unknown } | null)?.then === 'function'

export async function runPipeline<Ctx, Data>(
  stages: readonly AnyStage<Ctx, Data>[],
  ctx: Ctx,
): Promise<PipelineResult<ChainStep<Data>>> {
  const steps: ChainStep<Data>[] = []
  const findings: Finding[] = []
  let stopped: { error?: CatalogedError; failedStepId?: string } | undefined
  for (const stage of stages) {
    if (stage.applies && !stage.applies(ctx)) continue
    if (stopped) {
      steps.push(stageStep(stage, 'skip', []) as ChainStep<Data>)
      continue
    }
    const ran = stage.run(contextFor(stage, ctx))
    // Only an asynchronous stage (the signature check) is awaited: the others' outcomes are used
    // as they come, with no turn of the microtask queue per stage.
    const outcome = isPromise(ran) ? await ran : ran
    for (const step of outcome.steps) steps.push(step)
    if (outcome.findings) for (const finding of outcome.findings) findings.push(finding)
    if (outcome.error || outcome.halt) {
      const failed = [...outcome.steps].reverse().find((s) => s.status === 'fail')
      if (failed && outcome.error?.assumption)
        addAssumption(failed, outcome.error.assumption, outcome.error.assumptionRef)
      stopped = { error: outcome.error, failedStepId: failed?.id ?? stage.id }
    }
  }
  const result: PipelineResult<ChainStep<Data>> = {
    steps,
    findings,
    halted: stopped !== undefined,
  }
  if (stopped?.error) {
    const { code, message, httpStatus } = stopped.error
    result.error = { code, message, httpStatus }
  }
  if (stopped?.failedStepId) result.failedStepId = stopped.failedStepId
  return result
}
