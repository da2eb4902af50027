import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { credentialLifetime } from '../../learning/tour/checks'
import { formatDuration } from '../../learning/tour/format'
import {
  ATTEMPT_DELAYS,
  leakExerciseDone,
  sessionAttempt,
  userKeyAttempt,
  type AttemptResult,
} from '../../learning/tour/leak'
import { useAppStore } from '../../state/store'
import { useTourStore } from '../../state/tourStore'

const DEFAULT_LIFETIME = 3600

/**
 * Stop 1's exercise: an attacker tries a leaked credential after a chosen time. The IAM user's
 * key keeps working until deleted; the role session (its lifetime read from this scenario's STS
 * response) stops at its Expiration.
 */
export function LeakedKeyWidget() {
  const { t, i18n } = useTranslation()
  const lifetime = useAppStore((s) => (s.trace ? credentialLifetime(s.trace) : undefined))
  const sessionSeconds = lifetime ?? DEFAULT_LIFETIME
  const [index, setIndex] = useState(0)
  const [deletedAfter, setDeletedAfter] = useState<number>()
  const delay = ATTEMPT_DELAYS[index] ?? ATTEMPT_DELAYS[0]
  const label = (seconds: number) => t(`tour.leak.delays.${seconds}`)
  const finished = leakExerciseDone(deletedAfter, sessionSeconds)

  useEffect(() => {
    if (finished) useTourStore.getState().complete('iam-user')
  }, [finished])

  const rows: { name: string; result: AttemptResult }[] = [
    { name: t('tour.leak.userKey'), result: userKeyAttempt(delay, deletedAfter) },
    {
      name: t('tour.leak.session', { lifetime: formatDuration(sessionSeconds, i18n.language) }),
      result: sessionAttempt(delay, sessionSeconds),
    },
  ]

  return (
    <figure className="tour__widget" aria-labelledby="leak-title">
      <figcaption id="leak-title" className="tour__widget-title">
        {t('tour.leak.label')}
      </figcaption>
      <label className="tour__range">
        <span>
          {t('tour.leak.delay')}: <strong>{label(delay)}</strong>
        </span>
        <input
          type="range"
          min={0}
          max={ATTEMPT_DELAYS.length - 1}
          step={1}
          value={index}
          aria-valuetext={label(delay)}
          onChange={(e) => setIndex(Number(e.target.value))}
        />
      </label>
      <table className="tour__table">
        <thead>
          <tr>
            <th scope="col">{t('tour.leak.credential')}</th>
            <th scope="col">{t('tour.leak.result')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td className={`tour__attempt tour__attempt--${row.result}`}>
                {row.result === 'works' ? '✔ ' : '✘ '}
                {t(`tour.leak.${row.result}`)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="tour__actions">
        {deletedAfter === undefined ? (
          <button type="button" onClick={() => setDeletedAfter(delay)}>
            {t('tour.leak.deleteKey')}
          </button>
        ) : (
          <>
            <span className="muted">
              {t('tour.leak.deletedAt', { delay: label(deletedAfter) })}
            </span>
            <button type="button" onClick={() => setDeletedAfter(undefined)}>
              {t('tour.leak.restore')}
            </button>
          </>
        )}
      </div>
      {lifetime === undefined && <p className="muted">{t('tour.leak.noTrace')}</p>}
    </figure>
  )
}
