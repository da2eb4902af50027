import { memo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { CLOCK_SKEW_SECONDS } from '../../engine/sts'
import { fromInputValue, shiftIso, toInputValue, tokenExpiry } from './clock'

const HOUR = 3600
const DAY = 86400

/**
 * The simulated instant: a UTC date-time field and quick moves ("now", "+1 h", "+1 day", "token exp",
 * "exp + 5 min"), and the clock-skew window: STS accepts a token up to five minutes after its exp
 * (IAM User Guide, OIDC federation; engine sts/timeClaims.ts). It reads the store itself: its panel
 * renders after every run, this only when the instant or the token's exp changes.
 */
export const ClockForm = memo(function ClockForm() {
  const { t } = useTranslation()
  const now = useAppStore((s) => s.draft?.now ?? '')
  const expiry = useAppStore((s) => tokenExpiry(s.draft?.token ?? ''))
  const skewEnd = expiry ? shiftIso(expiry, CLOCK_SKEW_SECONDS) : undefined
  const nowMs = Date.parse(now)
  const inSkew =
    expiry !== undefined &&
    skewEnd !== undefined &&
    nowMs >= Date.parse(expiry) &&
    nowMs <= Date.parse(skewEnd)
  // What is typed, kept while it is not (yet) an instant; a new instant from elsewhere replaces it.
  const [text, setText] = useState(() => toInputValue(now))
  const [shown, setShown] = useState(now)
  if (now !== shown) {
    setShown(now)
    setText(toInputValue(now))
  }
  const invalid = fromInputValue(text) === undefined
  const set = (iso: string | undefined) => {
    if (iso) useAppStore.getState().editDraft({ now: iso })
  }
  return (
    <fieldset className="editors__clock">
      <legend>{t('editors.clock.legend')}</legend>
      <label className="editors__field">
        <span>{t('editors.clock.label')}</span>
        {/* One text field (one tab stop; a datetime-local field takes eight in Chromium). */}
        <input
          type="text"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          className="editors__clock-input"
          value={text}
          aria-invalid={invalid}
          aria-describedby="editors-clock-format"
          onChange={(e) => {
            setText(e.target.value)
            set(fromInputValue(e.target.value))
          }}
        />
      </label>
      <p id="editors-clock-format" className={invalid ? 'editors__clock-error' : 'editors__hint'}>
        {t(invalid ? 'editors.clock.invalid' : 'editors.clock.format')}
      </p>
      <div className="editors__clock-buttons">
        <button type="button" onClick={() => set(new Date().toISOString())}>
          {t('editors.clock.now')}
        </button>
        <button type="button" onClick={() => set(shiftIso(now, HOUR))}>
          {t('editors.clock.plusHour')}
        </button>
        <button type="button" onClick={() => set(shiftIso(now, DAY))}>
          {t('editors.clock.plusDay')}
        </button>
        <button
          type="button"
          disabled={!expiry}
          title={t('editors.clock.tokenExpTitle')}
          onClick={() => set(expiry)}
        >
          {t('editors.clock.tokenExp')}
        </button>
        <button
          type="button"
          disabled={!skewEnd}
          title={t('editors.clock.skewEndTitle')}
          onClick={() => set(skewEnd)}
        >
          {t('editors.clock.skewEnd')}
        </button>
      </div>
      {skewEnd && (
        <p
          className={`editors__clock-skew${inSkew ? ' editors__clock-skew--inside' : ''}`}
          data-testid="clock-skew"
        >
          {t(inSkew ? 'editors.clock.skewInside' : 'editors.clock.skewNote', {
            exp: toInputValue(expiry ?? ''),
            until: toInputValue(skewEnd),
          })}
        </p>
      )}
    </fieldset>
  )
})
