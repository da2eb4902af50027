import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName, TimelineEvent } from '../../engine'
import { useAppStore } from '../../state/store'
import { formatRelativeTime } from '../format/time'
import { nextEvent, previousEvent } from './cursor'
import { utc } from './eventText'
import { toSeconds } from './layout'
import { skewWindow } from './skew'
import { useEventText, useFormatDuration } from './useEventText'

interface StatusProps {
  events: readonly TimelineEvent[]
  nowIso: string
  sdk: SdkName
  anchorNow: string | undefined
}

/**
 * What the cursor stands on: the instant, what STS answers there (the store's trace, computed at
 * that instant), and the events on either side of it.
 */
export const TimelineStatus = memo(function TimelineStatus({
  events,
  nowIso,
  sdk,
  anchorNow,
}: StatusProps) {
  const { t, i18n } = useTranslation()
  const outcome = useAppStore((s) => s.trace?.outcome)
  const code = useAppStore((s) => s.trace?.error?.code)
  const describe = useEventText(sdk)
  const duration = useFormatDuration()
  const now = toSeconds(nowIso) ?? 0
  const skew = skewWindow(events, now)
  const neighbour = (event: TimelineEvent | undefined, key: 'previous' | 'next') =>
    event && (
      <li className={`timeline__neighbour timeline__neighbour--${key}`}>
        <span className="timeline__neighbour-when">
          {t(`timeline.cursor.${key}`, {
            when: formatRelativeTime(toSeconds(event.at) ?? now, now, i18n.language),
          })}
        </span>{' '}
        {describe(event).text}
      </li>
    )
  const answer =
    outcome === 'issued'
      ? t('timeline.cursor.issued')
      : code
        ? t('timeline.cursor.denied', { code })
        : t('timeline.cursor.none')
  return (
    <div className="timeline__status" data-testid="timeline-status">
      <p>
        <strong>{t('timeline.cursor.at', { time: utc(nowIso) })}</strong>{' '}
        <span className={`timeline__answer timeline__answer--${outcome ?? 'none'}`}>{answer}</span>
      </p>
      {skew && (
        <p
          className={`timeline__skew${skew.inside ? ' timeline__skew--inside' : ''}`}
          data-testid="timeline-skew"
        >
          {skew.inside
            ? t('timeline.cursor.skew', {
                ago: duration(now - skew.exp),
                until: utc(new Date(skew.until * 1000).toISOString()),
              })
            : t(skew.past ? 'timeline.cursor.skewPast' : 'timeline.cursor.skewAhead', {
                until: utc(new Date(skew.until * 1000).toISOString()),
              })}
        </p>
      )}
      <ul className="timeline__neighbours">
        {neighbour(previousEvent(events, nowIso), 'previous')}
        {neighbour(nextEvent(events, nowIso), 'next')}
      </ul>
      {anchorNow && (
        <p className="muted timeline__anchor">
          {t('timeline.cursor.anchor', { time: utc(anchorNow) })}
        </p>
      )}
    </div>
  )
})
