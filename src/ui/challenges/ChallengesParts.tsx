import { useEffect } from 'react'
import { findChallenge } from '../../learning/challenges'
import { parseChallengeSet } from '../../learning/challenges/setLink'
import { ChallengePanel } from './ChallengePanel'
import { useChallengeStore } from '../../state/challengeStore'
import './challenges.css'

/**
 * The challenges panel below the toolbar while it is open (its button is in
 * src/ui/scenarios/ToolButtons.tsx). An instructor's link (`?challenges=id1,id2`) opens the panel
 * with that set.
 */
export function ChallengesParts() {
  const open = useChallengeStore((s) => s.open)

  useEffect(() => {
    // Bounded and never throwing: what the link left out is said in the panel.
    const set = parseChallengeSet(window.location.search, (id) => findChallenge(id) !== undefined)
    if (!set) return
    if (set.ids) useChallengeStore.getState().openSet(set.ids)
    useChallengeStore.getState().setLinkProblem(set.problem)
    // The set is now saved progress: a reload must not reset the learner's place in it.
    const url = new URL(window.location.href)
    url.searchParams.delete('challenges')
    history.replaceState(history.state, '', url.pathname + url.search + url.hash)
  }, [])

  return open ? <ChallengePanel /> : null
}
