import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'

/** A shell command as text, with a copy button (the clipboard is local: nothing leaves the page). */
export function CommandLine({ command, label }: { command: string; label: string }) {
  const { t } = useTranslation()
  const [copied, setCopied] = useState(false)
  const copy = () => {
    void navigator.clipboard?.writeText(command).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }
  return (
    <div className="command">
      <pre className="code command__text" tabIndex={0} aria-label={label}>
        <span aria-hidden="true" className="muted">
          ${' '}
        </span>
        {command}
      </pre>
      <button
        type="button"
        className="button command__copy"
        onClick={copy}
        aria-label={`${t('inspector.copy')}: ${label}`}
      >
        {copied ? t('inspector.copied') : t('inspector.copy')}
      </button>
    </div>
  )
}
