import { useTranslation } from '../../i18n/useTranslation'
import { PLAYBACK_SPEEDS, type PlaybackSlice } from '../../state/playbackSlice'
import { useAppStore } from '../../state/store'
import { Icon } from './Icon'
import { runFlowAction } from './useFlowKeyboard'

export interface FlowControlsProps {
  index: number
  end: number
  total: number
  /** Shows the keyboard hint under the controls. */
  hint?: boolean
}

/** Play and pause, previous and next, restart, speed and a scrub bar over the reachable steps. */
export function FlowControls({ index, end, total, hint = true }: FlowControlsProps) {
  const { t } = useTranslation()
  const playing = useAppStore((s) => s.playing)
  const speed = useAppStore((s) => s.speed)
  const setSpeed = useAppStore((s) => s.setSpeed)
  const position = { n: index + 1, total }
  return (
    <div className="flow__controls" role="group" aria-label={t('flow.controls.label')}>
      <div className="flow__buttons">
        <button
          type="button"
          onClick={() => runFlowAction('first')}
          aria-label={t('flow.controls.restart')}
          title={t('flow.controls.restart')}
        >
          <Icon name="restart" />
        </button>
        <button
          type="button"
          onClick={() => runFlowAction('prev')}
          disabled={index <= 0}
          aria-label={t('flow.controls.prev')}
          title={t('flow.controls.prev')}
        >
          <Icon name="prev" />
        </button>
        <button
          type="button"
          className="flow__play"
          onClick={() => runFlowAction('toggle')}
          aria-label={playing ? t('flow.controls.pause') : t('flow.controls.play')}
          title={playing ? t('flow.controls.pause') : t('flow.controls.play')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          onClick={() => runFlowAction('next')}
          disabled={index >= end}
          aria-label={t('flow.controls.next')}
          title={t('flow.controls.next')}
        >
          <Icon name="next" />
        </button>
        <label className="flow__speed">
          <span>{t('flow.controls.speed')}</span>{' '}
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value) as PlaybackSlice['speed'])}
          >
            {PLAYBACK_SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="flow__scrub">
        <span className="visually-hidden">{t('flow.controls.scrub')}</span>
        <input
          type="range"
          min={0}
          max={end}
          value={index}
          aria-valuetext={t('flow.stepOf', position)}
          onChange={(e) => {
            const s = useAppStore.getState()
            s.seek(Number(e.target.value))
            if (s.playing) s.setPlaying(false)
          }}
        />
        <span className="flow__scrub-count" aria-hidden="true">
          {t('flow.stepOf', position)}
        </span>
      </label>
      {hint && <p className="flow__hint">{t('flow.controls.keys')}</p>}
    </div>
  )
}
