import { useTranslation } from '../../i18n/useTranslation'
import { useCopy } from './clipboard'

/**
 * A copy button whose accessible name says what it copies (its visible text is `label`, "Copy"
 * by default); its outcome is announced.
 */
export function CopyButton({ text, what, label }: { text: string; what: string; label?: string }) {
  const { t } = useTranslation()
  const [state, copy] = useCopy()
  return (
    <span className="ie-copy">
      <button
        type="button"
        onClick={() => copy(text)}
        aria-label={t('importExport.copy.labelFor', { what })}
      >
        {label ?? t('importExport.copy.label')}
      </button>
      <span role="status" className={state === 'failed' ? 'ie-copy__failed' : 'ie-copy__done'}>
        {state === 'done' && t('importExport.copy.done')}
        {state === 'failed' && t('importExport.copy.failed')}
      </span>
    </span>
  )
}

/** Generated text (commands, HCL, JSON), shown as text only, with a copy button. */
export function CodeBlock({ text, label }: { text: string; label: string }) {
  return (
    <div className="ie-code">
      <pre className="code" tabIndex={0} aria-label={label}>
        {text}
      </pre>
      <CopyButton text={text} what={label} />
    </div>
  )
}
