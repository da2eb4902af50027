import { beforeAll, describe, expect, it } from 'vitest'
import { generateClusterKey, simulate } from '../../engine'
import type { ClusterKey } from '../../engine/jwt'
import { PRESETS, findPreset } from './index'

let key: ClusterKey
beforeAll(async () => {
  key = await generateClusterKey('RS256')
})

const material = () => ({ key, issuedAt: '2026-11-29T12:00:00.000Z' })

describe('gallery presets', () => {
  it('has at least 18 scenarios with unique, URL-safe ids', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(18)
    const ids = PRESETS.map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/)
  })

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s has its documented outcome',
    async (_id, preset) => {
      // When
      const trace = await simulate(await preset.build(material()))
      // Then
      expect(trace.outcome).toBe(preset.expected.outcome)
      expect(trace.error?.code).toBe(preset.expected.error)
      if (preset.expected.failedStep) {
        expect(trace.steps.find((s) => s.status === 'fail')?.id).toBe(preset.expected.failedStep)
      }
      if (preset.expected.call) expect(trace.call?.decision).toBe(preset.expected.call)
      expect(trace.findings.map((f) => f.code)).not.toContain('engine.internal-error')
    },
  )

  it('finds presets by id', () => {
    expect(findPreset('happy-path')?.id).toBe('happy-path')
    expect(findPreset('nope')).toBeUndefined()
  })
})
