import { memo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName, TimelineEvent } from '../../engine'
import { useAppStore } from '../../state/store'
import { nextEvent, previousEvent, shiftNow } from './cursor'
import { SDKS } from './eventText'

const MOVES = [
  { key: 'plus10m', seconds: 600 },
  { key: 'plus1h', seconds: 3600 },
  { key: 'plus6h', seconds: 6 * 3600 },
] as const

interface ControlsProps {
  sdk: SdkName
  onSdk: (sdk: SdkName) => void
  events: readonly TimelineEvent[]
  nowIso: string
}

/** The SDK selector and the clock's moves; every move edits `draft.now`, so the verdict follows. */
export const TimelineControls = memo(function TimelineControls({
  sdk,
  onSdk,
  events,
  nowIso,
}: ControlsProps) {
  const { t } = useTranslation()
  const move = (iso: string | undefined) => {
    if (iso) useAppStore.getState().editDraft({ now: iso })
  }
  const previous = previousEvent(events, nowIso)
  const next = nextEvent(events, nowIso)
  return (
    <div className="timeline__controls">
      <label className="timeline__sdk">
        <span>{t('timeline.sdk.label')}</span>
        <select value={sdk} onChange={(e) => onSdk(e.target.value as SdkName)}>
          {SDKS.map((name) => (
            <option key={name} value={name}>
              {t(`timeline.sdk.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="timeline__moves" role="group" aria-label={t('timeline.moves.label')}>
        <button type="button" disabled={!previous} onClick={() => move(previous?.at)}>
          {t('timeline.moves.previous')}
        </button>
        {MOVES.map(({ key, seconds }) => (
          <button key={key} type="button" onClick={() => move(shiftNow(nowIso, seconds))}>
            {t(`timeline.moves.${key}`)}
          </button>
        ))}
        <button type="button" disabled={!next} onClick={() => move(next?.at)}>
          {t('timeline.moves.next')}
        </button>
      </div>
    </div>
  )
})
