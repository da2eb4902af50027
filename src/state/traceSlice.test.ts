import { describe, expect, it } from 'vitest'
import { MAX_VERDICT_MEASURES, VERDICT_MEASURE, measureVerdict } from './traceSlice'

describe('measureVerdict', () => {
  it('records one measure per run and never keeps more than the bound', () => {
    // Given
    performance.clearMeasures(VERDICT_MEASURE)
    const count = () => performance.getEntriesByName(VERDICT_MEASURE).length
    // When / Then
    measureVerdict(performance.now())
    expect(count()).toBe(1)
    for (let i = 1; i < MAX_VERDICT_MEASURES * 3; i++) measureVerdict(performance.now())
    expect(count()).toBeGreaterThan(0)
    expect(count()).toBeLessThanOrEqual(MAX_VERDICT_MEASURES)
  })
})
