import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { formatElapsed } from './time'

/** Time since the presenter view opened (or was reset). */
export function Timer() {
  const { t } = useTranslation()
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return (
    <div className="presenter__timer">
      <span>{t('flow.presentation.timer')}</span>{' '}
      <time data-testid="presenter-timer">{formatElapsed((now - start) / 1000)}</time>{' '}
      <button
        type="button"
        onClick={() => {
          setStart(Date.now())
          setNow(Date.now())
        }}
      >
        {t('flow.presentation.resetTimer')}
      </button>
    </div>
  )
}
