import { useId, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'

/**
 * A link in a read-only field (selected on focus, so it can be copied by hand on any device) and
 * a copy button whose outcome is said in a polite live region. The clipboard is local.
 */
export function CopyLink({
  url,
  label,
  copyLabel,
  testId,
}: {
  url: string
  label: string
  copyLabel: string
  testId?: string
}) {
  const { t } = useTranslation()
  const id = useId()
  const [copy, setCopy] = useState<{ url: string; outcome: 'copied' | 'failed' }>()
  // A new link is not the one that was copied.
  const said = copy?.url === url ? copy.outcome : undefined
  const setSaid = (outcome: 'copied' | 'failed') => setCopy({ url, outcome })
  return (
    <div className="copy-link">
      <label htmlFor={id}>{label}</label>
      <div className="copy-link__row">
        <input
          id={id}
          type="text"
          readOnly
          value={url}
          data-testid={testId}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          onClick={() => {
            const write = navigator.clipboard?.writeText(url)
            if (!write) return setSaid('failed')
            void write.then(
              () => setSaid('copied'),
              () => setSaid('failed'),
            )
          }}
        >
          {copyLabel}
        </button>
      </div>
      <p role="status" className="copy-link__status muted">
        {said === 'copied'
          ? t('facilitator.copied')
          : said === 'failed'
            ? t('facilitator.copyFailed')
            : ''}
      </p>
    </div>
  )
}
