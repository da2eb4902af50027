import { useTranslation } from '../../i18n/useTranslation'
import { useChallengeStore } from '../../state/challengeStore'

/** Three progressive hints, one at a time, then the solution on request. */
export function Hints({ id, onApplySolution }: { id: string; onApplySolution: () => void }) {
  const { t } = useTranslation()
  const shown = useChallengeStore((s) => s.hints[id] ?? 0)
  const revealed = useChallengeStore((s) => s.revealed.includes(id))
  return (
    <div className="challenge__hints">
      <h4>{t('challenges.hints')}</h4>
      {shown > 0 && (
        <ol>
          {[1, 2, 3].slice(0, shown).map((n) => (
            <li key={n}>{t(`challenges.items.${id}.hint${n}`)}</li>
          ))}
        </ol>
      )}
      {shown < 3 ? (
        <button type="button" onClick={() => useChallengeStore.getState().nextHint(id)}>
          {t('challenges.nextHint', { n: shown + 1 })}
        </button>
      ) : !revealed ? (
        <button type="button" onClick={() => useChallengeStore.getState().reveal(id)}>
          {t('challenges.revealSolution')}
        </button>
      ) : (
        <p>
          <strong>{t('challenges.solution')}: </strong>
          {t(`challenges.items.${id}.hint3`)}{' '}
          <button type="button" onClick={onApplySolution}>
            {t('challenges.applySolution')}
          </button>
        </p>
      )}
    </div>
  )
}
