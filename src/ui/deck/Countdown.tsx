import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { formatElapsed } from '../presentation/time'

/** Time left to the talk's target length, then how far over it is (from when the window opened). */
export function Countdown({ minutes }: { minutes: number }) {
  const { t } = useTranslation()
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  const left = minutes * 60 - (now - start) / 1000
  const over = left < 0
  return (
    <div className={`presenter__timer${over ? ' presenter__timer--over' : ''}`}>
      <span>{over ? t('deck.presenter.over') : t('deck.presenter.countdown')}</span>{' '}
      <time data-testid="deck-countdown">{formatElapsed(over ? -left : Math.ceil(left))}</time>{' '}
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
