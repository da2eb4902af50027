/**
 * The runner's run-ahead (pipeline.ts): while an asynchronous stage marked `overlapsLater` is
 * awaited, the stages after it run on a copy of the context; the result must be exactly what
 * running them after it gives, whether it passes, fails, or writes to the context after all.
 */
import { describe, expect, it } from 'vitest'
import { runPipeline, stageStep, type AnyStage, type StageOutcome } from './pipeline'

interface Ctx {
  checked?: boolean
  late?: string
  seen: string[]
}
type Data = Record<string, unknown>
type Outcome = StageOutcome<never>

/** A synchronous stage that records the context it saw and sets `late` from it. */
const later = (id: string, stop = false): AnyStage<Ctx, Data> => ({
  id,
  kind: id,
  actor: 'sts',
  title: id,
  run(ctx) {
    ctx.seen = [...ctx.seen, `${id}:${ctx.checked === true ? 'checked' : 'unchecked'}`]
    ctx.late = id
    const step = stageStep(this, stop ? 'fail' : 'pass', [])
    return (stop ? { steps: [step], halt: true } : { steps: [step] }) as unknown as Outcome
  },
})

/** The asynchronous stage: passes or fails; may write to the context once awaited. */
const check = (pass: boolean, writes = false, overlapsLater = true): AnyStage<Ctx, Data> => ({
  id: 'check',
  kind: 'check',
  actor: 'sts',
  title: 'check',
  overlapsLater,
  async run(ctx) {
    await Promise.resolve()
    if (writes) ctx.checked = true
    const step = stageStep(this, pass ? 'pass' : 'fail', [])
    return (pass ? { steps: [step] } : { steps: [step], halt: true }) as unknown as Outcome
  },
})

const run = async (stages: AnyStage<Ctx, Data>[]) => {
  const ctx: Ctx = { seen: [] }
  const result = await runPipeline(stages, ctx)
  return { ctx, steps: result.steps.map((s) => `${s.id}:${s.status}`), halted: result.halted }
}

describe('runPipeline: stages run ahead while an asynchronous stage is awaited', () => {
  it('gives the same trace and context as running them after it, when it passes', async () => {
    const stages = (overlaps: boolean) => [check(true, false, overlaps), later('a'), later('b')]
    const ahead = await run(stages(true))
    const inOrder = await run(stages(false))
    expect(ahead).toEqual(inOrder)
    expect(ahead.steps).toEqual(['check:pass', 'a:pass', 'b:pass'])
    expect(ahead.ctx.late).toBe('b')
  })

  it('keeps nothing of them when it fails: they are listed as skipped, the context untouched', async () => {
    const result = await run([check(false), later('a'), later('b')])
    expect(result.steps).toEqual(['check:fail', 'a:skip', 'b:skip'])
    expect(result.ctx).toEqual({ seen: [] })
    expect(result.halted).toBe(true)
  })

  it('runs them again, after it, when it wrote to the context once awaited', async () => {
    const result = await run([check(true, true), later('a')])
    expect(result.steps).toEqual(['check:pass', 'a:pass'])
    expect(result.ctx.seen).toEqual(['a:checked'])
  })

  it('stops where a stage run ahead stops, and skips the rest', async () => {
    const result = await run([check(true), later('a', true), later('b')])
    expect(result.steps).toEqual(['check:pass', 'a:fail', 'b:skip'])
    expect(result.ctx.late).toBe('a')
  })
})
