/**
 * The simulation as an ordered list of stages. Each stage looks at the run so far and returns the
 * steps it adds; a stage that fails stops the run, and every later stage is still listed, marked
 * 'skip', so the trace always shows the whole chain (xstate's "return the steps, don't run them").
 */
import type { Actor, Finding, Step, StepRef, StsError } from '../types'
import type { CatalogedError } from '../sts/errors'

export interface StageOutcome {
  steps: Step[]
  findings?: Finding[]
  /** STS answered with this error: the run stops here. */
  error?: CatalogedError
  /** The run stops without an STS error (e.g. the SDK never calls STS). */
  halt?: boolean
}

export interface Stage<Ctx> {
  id: string
  kind: string
  actor: Actor
  to?: Actor
  title: string
  /** Whether the stage applies to this scenario at all (e.g. the API call only when one is given). */
  applies?: (ctx: Ctx) => boolean
  run: (ctx: Ctx) => StageOutcome | Promise<StageOutcome>
}

export interface PipelineResult {
  steps: Step[]
  findings: Finding[]
  error?: StsError
  halted: boolean
  failedStepId?: string
}

/** A step with the stage's identity filled in. */
export function stageStep<Ctx>(
  stage: Stage<Ctx>,
  status: Step['status'],
  refs: StepRef[],
  extra: Partial<Omit<Step, 'status' | 'refs'>> = {},
): Step {
  const step: Step = {
    id: stage.id,
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
export function skippedSteps<Ctx>(stages: readonly Stage<Ctx>[]): Step[] {
  return stages.map((stage) => stageStep(stage, 'skip', []))
}

export async function runPipeline<Ctx>(stages: Stage<Ctx>[], ctx: Ctx): Promise<PipelineResult> {
  const steps: Step[] = []
  const findings: Finding[] = []
  let stopped: { error?: CatalogedError; failedStepId?: string } | undefined
  for (const stage of stages) {
    if (stage.applies && !stage.applies(ctx)) continue
    if (stopped) {
      steps.push(stageStep(stage, 'skip', []))
      continue
    }
    const outcome = await stage.run(ctx)
    steps.push(...outcome.steps)
    findings.push(...(outcome.findings ?? []))
    if (outcome.error || outcome.halt) {
      const failed = [...outcome.steps].reverse().find((s) => s.status === 'fail')
      if (failed && outcome.error?.assumption)
        failed.assumptions = [...(failed.assumptions ?? []), outcome.error.assumption]
      stopped = { error: outcome.error, failedStepId: failed?.id ?? stage.id }
    }
  }
  const result: PipelineResult = { steps, findings, halted: stopped !== undefined }
  if (stopped?.error) {
    const { code, message, httpStatus } = stopped.error
    result.error = { code, message, httpStatus }
  }
  if (stopped?.failedStepId) result.failedStepId = stopped.failedStepId
  return result
}
