// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useSameValue } from './useSameValue'

afterEach(cleanup)

describe('useSameValue', () => {
  it('keeps the earlier object while an equal one comes, and takes a different one', () => {
    // Given a document parsed from a text
    const first = { Statement: [{ Effect: 'Allow' }] }
    const { result, rerender } = renderHook(({ value }) => useSameValue(value), {
      initialProps: { value: first },
    })
    expect(result.current).toBe(first)
    // When a text with a space more parses to an equal document
    rerender({ value: { Statement: [{ Effect: 'Allow' }] } })
    // Then the earlier object stays (what is derived from it is not derived again)
    expect(result.current).toBe(first)
    // And a different document replaces it
    const changed = { Statement: [{ Effect: 'Deny' }] }
    rerender({ value: changed })
    expect(result.current).toBe(changed)
    rerender({ value: { Statement: [{ Effect: 'Deny' }] } })
    expect(result.current).toBe(changed)
  })
})
