import { memo, type CSSProperties } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName } from '../../engine'
import { useAppStore } from '../../state/store'
import { nowFromSlider, sliderValue } from './cursor'
import { utc } from './eventText'
import { LANES, type Bar, type Marker, type Range, type Tick } from './layout'
import { useEventText } from './useEventText'

interface ChartProps {
  range: Range
  nowIso: string
  cursor: number
  markers: Marker[]
  bars: Bar[]
  ticks: Tick[]
  sdk: SdkName
}

const at = (pos: number) => ({ '--pos': pos }) as CSSProperties
const span = (bar: Bar) => ({ '--from': bar.from, '--to': bar.to }) as CSSProperties

/**
 * The axis: one lane per story (token, credentials, stolen copy), the engine's events as marks,
 * and the cursor as a native slider (keyboard, screen readers and touch for free). Marks are
 * pictures of the event list below, which carries the same facts as text.
 */
export const TimelineChart = memo(function TimelineChart({
  range,
  nowIso,
  cursor,
  markers,
  bars,
  ticks,
  sdk,
}: ChartProps) {
  const { t } = useTranslation()
  const describe = useEventText(sdk)
  return (
    <div className="timeline__chart" style={{ '--cursor': cursor } as CSSProperties}>
      <div className="timeline__lanes">
        {LANES.map((lane) => (
          <div key={lane} className={`timeline__lane timeline__lane--${lane}`}>
            <span className="timeline__lane-label">{t(`timeline.lanes.${lane}`)}</span>
            <div className="timeline__track" data-lane={lane}>
              {bars
                .filter((b) => b.lane === lane)
                .map((b) => (
                  <span
                    key={b.kind}
                    className={`timeline__bar timeline__bar--${b.kind}`}
                    style={span(b)}
                    title={t(`timeline.bars.${b.kind}`)}
                  />
                ))}
              {markers
                .filter((m) => m.lane === lane)
                .map((m) => (
                  <span
                    key={m.index}
                    className={`timeline__mark timeline__mark--${m.event.kind.replace('.', '-')}`}
                    data-kind={m.event.kind}
                    style={at(m.pos)}
                    title={`${utc(m.event.at)} — ${describe(m.event).text}`}
                  />
                ))}
            </div>
          </div>
        ))}
        <span className="timeline__cursor" aria-hidden="true" data-testid="timeline-cursor" />
      </div>
      <div className="timeline__ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <span key={tick.hours} className="timeline__tick" style={at(tick.pos)}>
            {t('timeline.axis.hours', { count: tick.hours })}
          </span>
        ))}
      </div>
      <input
        type="range"
        className="timeline__slider"
        aria-label={t('timeline.cursor.label')}
        aria-valuetext={utc(nowIso)}
        min={Math.floor(range.start / 60)}
        max={Math.ceil(range.end / 60)}
        step={1}
        value={sliderValue(nowIso)}
        onChange={(e) =>
          useAppStore.getState().editDraft({ now: nowFromSlider(Number(e.target.value)) })
        }
      />
    </div>
  )
})
