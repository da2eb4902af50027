import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName, TimelineEvent } from '../../engine'
import { utc } from './eventText'
import { toSeconds } from './layout'
import { useEventText } from './useEventText'

/** Every event of the engine's timeline as text, with its stated assumption; past ones dimmed. */
export const TimelineEvents = memo(function TimelineEvents({
  events,
  nowIso,
  sdk,
}: {
  events: readonly TimelineEvent[]
  nowIso: string
  sdk: SdkName
}) {
  const { t } = useTranslation()
  const describe = useEventText(sdk)
  const now = toSeconds(nowIso) ?? 0
  return (
    <details className="timeline__events">
      <summary>{t('timeline.list.summary', { count: events.length })}</summary>
      <ol>
        {events.map((event, i) => {
          const { text, assumption } = describe(event)
          const past = (toSeconds(event.at) ?? 0) <= now
          return (
            <li
              key={i}
              className={`timeline__event${past ? ' timeline__event--past' : ''}`}
              data-kind={event.kind}
            >
              <time dateTime={event.at}>{utc(event.at)}</time> <span>{text}</span>
              {past && <span className="timeline__sr"> {t('timeline.list.past')}</span>}
              {assumption && (
                <span className="timeline__assumption">
                  {t('timeline.list.assumption', { text: assumption })}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </details>
  )
})
