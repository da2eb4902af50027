import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { findChallenge } from '../../learning/challenges'
import { parseChallengeSet } from '../../learning/challenges/setLink'
import { ChallengePanel } from './ChallengePanel'
import { useChallengeStore } from '../../state/challengeStore'
import './challenges.css'

/**
 * The toolbar's "Challenges" button and, when open, the panel below the toolbar. An instructor's
 * link (`?challenges=id1,id2`) opens the panel with that set.
 */
export function ChallengesLauncher() {
  const { t } = useTranslation()
  const open = useChallengeStore((s) => s.open)
  const solved = useChallengeStore((s) => s.solved.length)

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

  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="challenges-panel"
        onClick={() => useChallengeStore.getState().setOpen(!open)}
      >
        {t('challenges.open')}
        {solved > 0 && <span className="challenges__count"> ✓ {solved}</span>}
      </button>
      {open && <ChallengePanel />}
    </>
  )
}
