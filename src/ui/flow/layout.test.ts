import { describe, expect, it } from 'vitest'
import {
  ACTORS,
  arrangement,
  boxOf,
  connect,
  fitFont,
  layoutFlow,
  splitInTwo,
  type Box,
} from './layout'
import { chain, step } from './testSteps'

const inside = (b: Box, x: number, y: number) =>
  x >= b.x - 0.5 && x <= b.x + b.w + 0.5 && y >= b.y - 0.5 && y <= b.y + b.h + 0.5

describe(connect, () => {
  const a = { x: 0, y: 0, w: 100, h: 50 }
  const b = { x: 300, y: 0, w: 100, h: 50 }

  it('runs from edge to edge along the line between centres', () => {
    expect(connect(a, b)).toEqual({ x1: 100, y1: 25, x2: 300, y2: 25 })
  })

  it('moves a lane sideways, on the same side for both directions', () => {
    const there = connect(a, b, 10)
    const back = connect(b, a, -10)
    expect(there.y1).toBe(35)
    expect(back.y1).toBe(35)
  })
})

describe(layoutFlow, () => {
  it('draws the messages of the steps up to the cursor, the last one current', () => {
    const layout = layoutFlow(chain, 3, 'landscape')
    expect(layout.messages.map((m) => [m.stepId, m.current])).toEqual([
      ['webhook.mutate', false],
      ['kubelet.token', false],
      ['sts.request', false],
      ['iam.provider', true],
    ])
    expect(layout.current?.id).toBe('iam.provider')
  })

  it('draws no arrow for a check an actor makes by itself, but marks the actor current', () => {
    const layout = layoutFlow(chain, 4, 'landscape')
    expect(layout.messages.some((m) => m.stepId === 'sts.audience')).toBe(false)
    expect(layout.actors.filter((a) => a.current).map((a) => a.actor)).toEqual(['sts'])
  })

  it('gives each actor the state of its latest step, and keeps a failure', () => {
    const steps = [
      ...chain.slice(0, 4),
      step('sts.audience', { status: 'fail' }),
      step('oidc.discovery', { to: 'oidc', status: 'skip' }),
    ]
    const layout = layoutFlow(steps, 5, 'landscape')
    const state = Object.fromEntries(layout.actors.map((a) => [a.actor, a.state]))
    expect(state).toMatchObject({ sts: 'fail', iam: 'pass', pod: 'info', oidc: 'idle', s3: 'idle' })
    expect(layout.messages.some((m) => m.to === 'oidc')).toBe(false)
  })

  it('keeps two kinds of message between the same actors in separate lanes', () => {
    const layout = layoutFlow(chain, chain.length - 1, 'landscape')
    const toOidc = layout.messages.filter((m) => m.to === 'oidc')
    expect(toOidc).toHaveLength(2)
    expect(toOidc[0]!.x1).not.toBe(toOidc[1]!.x1)
    const call = layout.messages.find((m) => m.stepId === 'sts.request')!
    const reply = layout.messages.find((m) => m.stepId === 'sts.credentials')!
    expect(Math.abs(call.y1 - reply.y2)).toBeGreaterThan(10)
  })

  it.each(['landscape', 'portrait'] as const)(
    'in %s, every arrow starts and ends on its actors and every actor fits its region',
    (orientation) => {
      const arr = arrangement(orientation)
      const layout = layoutFlow(chain, chain.length - 1, orientation)
      for (const m of layout.messages) {
        expect(inside(boxOf(arr, m.from)!, m.x1, m.y1)).toBe(true)
        expect(inside(boxOf(arr, m.to)!, m.x2, m.y2)).toBe(true)
      }
      for (const actor of ACTORS) {
        const box = arr.actors[actor]
        const region = ['sts', 'iam', 'oidc', 's3'].includes(actor)
          ? arr.regions.aws
          : arr.regions.cluster
        expect(inside(region, box.x, box.y) && inside(region, box.x + box.w, box.y + box.h)).toBe(
          true,
        )
      }
    },
  )

  it('clamps the cursor to the trace', () => {
    expect(layoutFlow(chain, 99, 'portrait').current?.id).toBe('api.call')
    expect(layoutFlow([], 0, 'portrait').current).toBeUndefined()
  })
})

describe(fitFont, () => {
  it('keeps the preferred size when the text fits, and shrinks it when not', () => {
    expect(fitFont('STS', 170, 20)).toBe(20)
    expect(fitFont('Pod identity webhook', 176, 20)).toBeLessThan(15)
    expect(fitFont('Pod identity webhook', 176, 20) * 20 * 0.6).toBeLessThanOrEqual(176)
  })

  it('counts Hangul as wide', () => {
    expect(fitFont('발급자 공개키 목록입니다', 100, 20)).toBeLessThan(
      fitFont('abcdefghijkl', 100, 20),
    )
  })
})

describe(splitInTwo, () => {
  it('splits at the space nearest the middle', () => {
    expect(splitInTwo('Pod identity webhook')).toEqual(['Pod identity', 'webhook'])
    expect(splitInTwo('kubelet / API server')).toEqual(['kubelet /', 'API server'])
    expect(splitInTwo('STS')).toEqual(['STS'])
  })
})
