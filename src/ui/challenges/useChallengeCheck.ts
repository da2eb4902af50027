import { useEffect, useState } from 'react'
import { findChallenge, type CheckResult } from '../../learning/challenges'
import type { Trace } from '../../engine'
import { useAppStore } from '../../state/store'
import { contextFromStore } from './actions'
import { useChallengeStore } from '../../state/challengeStore'

export type CheckState = { status: 'checking' } | { status: 'done'; result: CheckResult }

/**
 * Checks the challenge against the scenario after every run (a new trace), and records it as
 * solved the first time it passes. A slow check never overwrites a newer one.
 */
export function useChallengeCheck(id: string): CheckState {
  const trace = useAppStore((s) => s.trace)
  // The result remembers which run (trace) and challenge it is for: older ones show as checking.
  const [done, setDone] = useState<{ trace: Trace; id: string; result: CheckResult }>()
  useEffect(() => {
    const challenge = findChallenge(id)
    const draft = useAppStore.getState().draft
    if (!challenge || !draft || !trace) return
    let current = true
    void challenge.check(draft, contextFromStore()).then((result) => {
      if (!current) return
      setDone({ trace, id, result })
      if (result.solved) useChallengeStore.getState().markSolved(id)
    })
    return () => {
      current = false
    }
  }, [id, trace])
  return done && done.trace === trace && done.id === id
    ? { status: 'done', result: done.result }
    : { status: 'checking' }
}
