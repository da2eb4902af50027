import { useEffect, useState } from 'react'
import { findChallenge, type CheckResult } from '../../learning/challenges'
import type { Trace } from '../../engine'
import { useAppStore } from '../../state/store'
import { contextFromStore } from './actions'
import { useChallengeStore } from '../../state/challengeStore'
import { proofSource, recordProof } from './proofActions'

export type CheckState =
  { status: 'not-started' } | { status: 'checking' } | { status: 'done'; result: CheckResult }

/**
 * Checks the challenge against the scenario after every run (a new trace), and records it as
 * solved the first time it passes, with a proof-of-solve link. A slow check never overwrites a
 * newer one. Silent until the challenge is started: the scenario before that is someone else's.
 */
export function useChallengeCheck(id: string): CheckState {
  const trace = useAppStore((s) => s.trace)
  const started = useChallengeStore((s) => s.startedId === id)
  // The result remembers which run (trace) and challenge it is for: older ones show as checking.
  const [done, setDone] = useState<{ trace: Trace; id: string; result: CheckResult }>()
  useEffect(() => {
    const challenge = findChallenge(id)
    const draft = useAppStore.getState().draft
    if (!challenge || !draft || !trace || !started) return
    let current = true
    const source = proofSource(draft)
    void challenge.check(draft, contextFromStore()).then((result) => {
      if (!current) return
      setDone({ trace, id, result })
      if (!result.solved) return
      useChallengeStore.getState().markSolved(id)
      void recordProof(id, source)
    })
    return () => {
      current = false
    }
  }, [id, trace, started])
  if (!started) return { status: 'not-started' }
  return done && done.trace === trace && done.id === id
    ? { status: 'done', result: done.result }
    : { status: 'checking' }
}
