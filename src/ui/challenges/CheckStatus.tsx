import { useTranslation } from '../../i18n/useTranslation'
import { useChallengeCheck } from './useChallengeCheck'

/** The live verdict of the challenge's check, criterion by criterion (a polite live region). */
export function CheckStatus({ id }: { id: string }) {
  const { t } = useTranslation()
  const check = useChallengeCheck(id)
  const solved = check.status === 'done' && check.result.solved
  if (check.status === 'not-started')
    return (
      <div className="challenge__check">
        <h4>{t('challenges.checkTitle')}</h4>
        <p role="status" data-testid="challenge-status" className="challenge__status">
          <span aria-hidden="true">○ </span>
          {t('facilitator.checkNotStarted')}
        </p>
      </div>
    )
  const label =
    check.status === 'checking'
      ? t('challenges.status.checking')
      : solved
        ? t('challenges.status.solved')
        : t('challenges.status.unsolved')
  return (
    <div className="challenge__check">
      <h4>{t('challenges.checkTitle')}</h4>
      <p
        role="status"
        data-testid="challenge-status"
        className={`challenge__status challenge__status--${solved ? 'solved' : 'unsolved'}`}
      >
        <span aria-hidden="true">{solved ? '✔ ' : check.status === 'checking' ? '… ' : '○ '}</span>
        {label}
      </p>
      {check.status === 'done' && (
        <ul className="challenge__criteria">
          {check.result.criteria.map((c, i) => (
            <li key={i} className={c.ok ? 'ok' : 'not-ok'}>
              <span aria-hidden="true">{c.ok ? '✔' : '✘'}</span>{' '}
              <span className="visually-hidden">
                {c.ok ? t('challenges.met') : t('challenges.notMet')}:{' '}
              </span>
              {t(`challenges.criteria.${c.key}`, c.values)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
