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
  /**
   * For an asynchronous stage that writes nothing to the context (the signature check): the
   * stages after it run while it is awaited, on a copy of the context, and what they did is kept
   * only if it passes and the context is unchanged (see runPipeline); otherwise they run after it,
   * as always. The trace is the same either way.
   */
  overlapsLater?: boolean
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

/** What one stage did when run ahead (while an asynchronous stage was awaited). */
type Ahead<Ctx, Data> =
  | { stage: AnyStage<Ctx, Data>; applied: false }
  | { stage: AnyStage<Ctx, Data>; applied: true; outcome: StageOutcome<ChainStep<Data>> }
  | { stage: AnyStage<Ctx, Data>; thrown: unknown }

/**
 * Runs `stages[from…]` on a shallow copy of `ctx`, as the runner would after `from - 1`, up to the
 * first stage that stops the run or throws (both recorded); undefined when one is asynchronous
 * (nothing is kept: the runner then runs them in order). Stages only assign the context's
 * top-level keys, so a copy keeps the real context as it was.
 */
function runAhead<Ctx, Data>(
  stages: readonly AnyStage<Ctx, Data>[],
  from: number,
  ctx: Ctx,
): { ctx: Ctx; done: Ahead<Ctx, Data>[]; next: number } | undefined {
  const copy = { ...(ctx as object) } as Ctx
  const done: Ahead<Ctx, Data>[] = []
  let i = from
  for (; i < stages.length; i++) {
    const stage = stages[i]!
    try {
      if (stage.applies && !stage.applies(copy)) {
        done.push({ stage, applied: false })
        continue
      }
      const ran = stage.run(contextFor(stage, copy))
      if (isPromise(ran)) {
        ran.catch(() => undefined)
        return undefined
      }
      done.push({ stage, applied: true, outcome: ran })
      if (ran.error || ran.halt) {
        i++
        break
      }
    } catch (thrown) {
      done.push({ stage, thrown })
      i++
      break
    }
  }
  return { ctx: copy, done, next: i }
}

/** Whether `ctx` has exactly the own keys and values of `entries` (taken from it earlier). */
const unchanged = (ctx: object, entries: [string, unknown][]) => {
  if (Object.keys(ctx).length !== entries.length) return false
  for (const [key, value] of entries)
    if (!Object.is((ctx as Record<string, unknown>)[key], value)) return false
  return true
}

export async function runPipeline<Ctx, Data>(
  stages: readonly AnyStage<Ctx, Data>[],
  ctx: Ctx,
): Promise<PipelineResult<ChainStep<Data>>> {
  const steps: ChainStep<Data>[] = []
  const findings: Finding[] = []
  let stopped: { error?: CatalogedError; failedStepId?: string } | undefined
  const take = (stage: AnyStage<Ctx, Data>, outcome: StageOutcome<ChainStep<Data>>) => {
    for (const step of outcome.steps) steps.push(step)
    if (outcome.findings) for (const finding of outcome.findings) findings.push(finding)
    if (outcome.error || outcome.halt) {
      const failed = [...outcome.steps].reverse().find((s) => s.status === 'fail')
      if (failed && outcome.error?.assumption)
        addAssumption(failed, outcome.error.assumption, outcome.error.assumptionRef)
      stopped = { error: outcome.error, failedStepId: failed?.id ?? stage.id }
    }
  }
  for (let i = 0; i < stages.length; i++) {
    const stage = stages[i]!
    if (stage.applies && !stage.applies(ctx)) continue
    if (stopped) {
      steps.push(stageStep(stage, 'skip', []) as ChainStep<Data>)
      continue
    }
    const ran = stage.run(contextFor(stage, ctx))
    // Only an asynchronous stage (the signature check) is awaited: the others' outcomes are used
    // as they come, with no turn of the microtask queue per stage.
    if (!isPromise(ran)) {
      take(stage, ran)
      continue
    }
    // While it is awaited (WebCrypto verifies on another thread), the stages after it may run
    // ahead on a copy of the context; what they did is taken, in order, only when it passes and
    // left the context as it was: exactly what running them after it would have done.
    const before = stage.overlapsLater ? Object.entries(ctx as object) : undefined
    const ahead = before ? runAhead(stages, i + 1, ctx) : undefined
    const outcome = await ran
    take(stage, outcome)
    if (!ahead || stopped || !unchanged(ctx as object, before!)) continue
    Object.assign(ctx as object, ahead.ctx)
    for (const done of ahead.done) {
      if ('thrown' in done) throw done.thrown
      if (done.applied) take(done.stage, done.outcome)
    }
    i = ahead.next - 1
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
