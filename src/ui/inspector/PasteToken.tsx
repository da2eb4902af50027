import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'

/** Paste a real token: it replaces the scenario's token (the signing key stays as it was). */
export function PasteToken() {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  return (
    <details className="disclosure">
      <summary>{t('inspector.pasteToken')}</summary>
      <form
        className="disclosure__body"
        onSubmit={(e) => {
          e.preventDefault()
          if (text.trim() === '') return
          useAppStore.getState().setToken(text.trim())
          setText('')
        }}
      >
        <p className="muted">{t('inspector.pasteHelp')}</p>
        <label htmlFor="paste-token" className="field__label">
          {t('inspector.pasteLabel')}
        </label>
        <textarea
          id="paste-token"
          className="code payload-editor__text"
          rows={4}
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="button button--primary">
          {t('inspector.usePasted')}
        </button>
      </form>
    </details>
  )
}
