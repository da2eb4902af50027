import { useTranslation } from '../../i18n/useTranslation'
import { useShallow } from 'zustand/react/shallow'
import { CHALLENGES, findChallenge } from '../../learning/challenges'
import { ChallengeDetail } from './ChallengeDetail'
import { useChallengeStore } from '../../state/challengeStore'
import { SetLink } from './SetLink'
import { SetNotice } from './SetNotice'

/** The challenges of the set (or all), the progress, and the selected challenge. */
export function ChallengePanel() {
  const { t } = useTranslation()
  const { set, activeId, solved } = useChallengeStore(
    useShallow((s) => ({ set: s.set, activeId: s.activeId, solved: s.solved })),
  )
  const ids = set ?? CHALLENGES.map((c) => c.id)
  const active = activeId && ids.includes(activeId) ? activeId : ids[0]
  const done = ids.filter((id) => solved.includes(id)).length
  return (
    <section id="challenges-panel" className="challenges" aria-labelledby="challenges-title">
      <header className="challenges__header">
        <h2 id="challenges-title">{t('challenges.title')}</h2>
        <span className="challenges__progress">
          {t('challenges.progress', { solved: done, total: ids.length })}
        </span>
        {set && (
          <span className="muted">
            {t('challenges.setFromLink', { count: set.length })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => useChallengeStore.getState().showAll()}
            >
              {t('challenges.showAll')}
            </button>
          </span>
        )}
        <button
          type="button"
          className="challenges__close"
          aria-label={t('challenges.close')}
          onClick={() => useChallengeStore.getState().setOpen(false)}
        >
          ×
        </button>
      </header>
      <SetNotice />
      <div className="challenges__body">
        <ol className="challenges__list" aria-label={t('challenges.listLabel')}>
          {ids.map((id) => {
            const challenge = findChallenge(id)
            if (!challenge) return null
            return (
              <li key={id}>
                <button
                  type="button"
                  aria-current={id === active ? 'true' : undefined}
                  className="challenges__item"
                  onClick={() => useChallengeStore.getState().select(id)}
                >
                  <span className={`challenges__level challenges__level--${challenge.level}`}>
                    {t(`challenges.level.${challenge.level}`)}
                  </span>
                  <span className="challenges__item-title">
                    {t(`challenges.items.${id}.title`)}
                  </span>
                  {solved.includes(id) && (
                    <span className="challenges__solved" aria-label={t('challenges.status.solved')}>
                      ✓
                    </span>
                  )}
                </button>
              </li>
            )
          })}
        </ol>
        {active && <ChallengeDetail key={active} id={active} />}
      </div>
      <SetLink ids={ids} />
    </section>
  )
}
