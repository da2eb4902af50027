import { useState } from 'react'
import { sameValue } from './sameValue'

/**
 * `value`, or the one this component had before when that one is equal to it (`sameValue`): what
 * is derived from it with `useMemo` is not derived again, and what it is passed to does not
 * re-render, when a new text parses to the same document (a space typed in a policy).
 */
export function useSameValue<T>(value: T): T {
  const [kept, setKept] = useState(value)
  if (kept === value || sameValue(kept, value)) return kept
  // React's "adjust state while rendering": this render goes on with the new value.
  setKept(value)
  return value
}
