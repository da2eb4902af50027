import { useCallback } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName, TimelineEvent } from '../../engine'
import { eventText, splitDuration } from './eventText'

/** `5400` → "1 h 30 min" / "1시간 30분", in the current language. */
export function useFormatDuration() {
  const { t } = useTranslation()
  return useCallback(
    (seconds: number) => {
      const { hours, minutes } = splitDuration(seconds)
      const parts = [
        hours > 0 ? t('timeline.units.hours', { count: hours }) : '',
        minutes > 0 || hours === 0 ? t('timeline.units.minutes', { count: minutes }) : '',
      ]
      return parts.filter(Boolean).join(' ')
    },
    [t],
  )
}

/** An event's sentence and its translated assumption, in the current language. */
export function useEventText(sdk: SdkName) {
  const { t } = useTranslation()
  const duration = useFormatDuration()
  return useCallback(
    (event: TimelineEvent) => {
      const text = eventText(event, sdk)
      const values: Record<string, string | number> = { ...text.values }
      for (const [name, seconds] of Object.entries(text.durations)) values[name] = duration(seconds)
      if ('sdk' in values) values.sdk = t(`timeline.sdk.${sdk}`)
      return {
        text: t(text.key, values),
        // The engine's English wording stays the fallback for an assumption we have no key for.
        assumption: event.assumption
          ? t(text.assumptionKey ?? 'timeline.assumptions.unknown', {
              defaultValue: event.assumption,
            })
          : undefined,
      }
    },
    [t, sdk, duration],
  )
}
