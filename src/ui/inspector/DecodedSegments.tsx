import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { replacePayload } from './token'

const pretty = (value: unknown) => JSON.stringify(value, null, 2)

/**
 * Decoded header and payload; the payload can be edited in place (jwt.io-style). Applying
 * re-encodes it WITHOUT re-signing, so the signature check fails as it would for real.
 */
export function DecodedSegments({
  token,
  header,
  payload,
}: {
  token: string
  header: Record<string, unknown> | undefined
  payload: Record<string, unknown> | undefined
}) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<string | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const editing = draft !== undefined
  const apply = () => {
    if (draft === undefined) return
    const edit = replacePayload(token, draft)
    if (!edit.ok) {
      setError(
        edit.error === 'not-json' ? t('inspector.payloadNotJson') : t('inspector.payloadNotObject'),
      )
      return
    }
    setError(undefined)
    setDraft(undefined)
    useAppStore.getState().setToken(edit.token)
  }
  return (
    <div className="decoded">
      <h3 className="inspector__subtitle segment--header-title">{t('inspector.decodedHeader')}</h3>
      <pre className="code segment-block segment-block--header" tabIndex={0}>
        {header ? pretty(header) : t('inspector.unreadable')}
      </pre>
      <div className="decoded__title-row">
        <h3 className="inspector__subtitle">{t('inspector.decodedPayload')}</h3>
        <button
          type="button"
          className="button"
          aria-expanded={editing}
          aria-controls="payload-editor"
          disabled={!payload && !editing}
          onClick={() => {
            setError(undefined)
            setDraft(editing ? undefined : pretty(payload ?? {}))
          }}
        >
          {t('inspector.editPayload')}
        </button>
      </div>
      {editing ? (
        <div id="payload-editor" className="payload-editor">
          <p className="muted">{t('inspector.editPayloadHelp')}</p>
          <label htmlFor="payload-text" className="field__label">
            {t('inspector.payloadLabel')}
          </label>
          <textarea
            id="payload-text"
            className="payload-editor__text code"
            value={draft}
            spellCheck={false}
            rows={Math.min(24, draft.split('\n').length + 1)}
            aria-invalid={error !== undefined}
            aria-describedby={error ? 'payload-error' : undefined}
            onChange={(e) => setDraft(e.target.value)}
          />
          {error && (
            <p id="payload-error" className="field__error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="button button--primary" onClick={apply}>
            {t('inspector.applyPayload')}
          </button>
        </div>
      ) : (
        <pre className="code segment-block segment-block--payload" tabIndex={0}>
          {payload ? pretty(payload) : t('inspector.unreadable')}
        </pre>
      )}
    </div>
  )
}
