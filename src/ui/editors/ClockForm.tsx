import { useTranslation } from 'react-i18next'
import { useAppStore } from '../../state/store'
import { fromInputValue, shiftIso, toInputValue, tokenExpiry } from './clock'

const HOUR = 3600
const DAY = 86400

/** The simulated instant: a UTC date-time field and quick moves ("now", "+1 h", "+1 day", "token exp"). */
export function ClockForm() {
  const { t } = useTranslation()
  const now = useAppStore((s) => s.draft?.now ?? '')
  const expiry = useAppStore((s) => tokenExpiry(s.draft?.token ?? ''))
  const set = (iso: string | undefined) => {
    if (iso) useAppStore.getState().editDraft({ now: iso })
  }
  return (
    <fieldset className="editors__clock">
      <legend>{t('editors.clock.legend')}</legend>
      <label className="editors__field">
        <span>{t('editors.clock.label')}</span>
        <input
          type="datetime-local"
          step={1}
          value={toInputValue(now)}
          onChange={(e) => set(fromInputValue(e.target.value))}
        />
      </label>
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
      </div>
    </fieldset>
  )
}
