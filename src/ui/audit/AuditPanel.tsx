/**
 * The account audit (issue #16): paste or choose `aws iam` output for a whole account, and see every
 * role that trusts an OIDC provider, who can assume it and what is risky, risky first.
 */
import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { sampleAccountDetails, sampleProviders } from '../../scenarios/audit/sample'
import { AuditTable } from './AuditTable'
import { useAccountAudit } from './useAccountAudit'
import './audit.css'

async function readFiles(list: FileList | null) {
  return Promise.all(
    [...(list ?? [])].map(async (file) => ({ text: await file.text(), origin: file.name })),
  )
}

export default function AuditPanel({ onOpened }: { onOpened: () => void }) {
  const { t } = useTranslation()
  // The paste is read when it is used, never held as React state: a whole account's output is
  // megabytes, and a controlled textarea would re-render (and re-lay out) all of it per keystroke.
  const area = useRef<HTMLTextAreaElement>(null)
  const [hasText, setHasText] = useState(false)
  const text = () => area.current?.value ?? ''
  const setText = (value: string) => {
    if (area.current) area.current.value = value
    setHasText(/\S/.test(value))
  }
  const audit = useAccountAudit()
  const report = audit.report
  const count = (s: string) =>
    report?.roles.reduce((n, r) => n + r.findings.filter((f) => f.severity === s).length, 0) ?? 0

  const onFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = await readFiles(e.target.files)
    e.target.value = ''
    if (files.length)
      void audit.analyse([...(hasText ? [{ text: text(), origin: 'paste' }] : []), ...files])
  }
  const sample = () => {
    const sampleText = `${JSON.stringify(sampleAccountDetails(200), null, 2)}\n${JSON.stringify(sampleProviders(), null, 2)}`
    setText(sampleText)
    void audit.analyse([{ text: sampleText, origin: 'sample' }])
  }

  return (
    <div className="audit">
      <p>{t('audit.intro')}</p>
      <p className="ie-privacy">
        <span aria-hidden="true">🔒 </span>
        {t('audit.privacy')}
      </p>
      <label className="ie-label" htmlFor="audit-paste">
        {t('audit.pasteLabel')}
      </label>
      <textarea
        id="audit-paste"
        className="ie-paste"
        ref={area}
        defaultValue=""
        onChange={(e) => {
          const filled = /\S/.test(e.target.value) // stops at the first character that is not a space
          if (filled !== hasText) setHasText(filled)
        }}
        placeholder="$ aws iam get-account-authorization-details --filter Role"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={5}
      />
      <div className="ie-actions">
        <button
          type="button"
          className="ie-primary"
          disabled={!hasText}
          onClick={() => void audit.analyse([{ text: text(), origin: 'paste' }])}
        >
          {t('audit.analyse')}
        </button>
        <label className="ie-file">
          {t('audit.files')}
          <input
            type="file"
            accept=".json,application/json"
            multiple
            className="visually-hidden"
            onChange={(e) => void onFiles(e)}
          />
        </label>
        <button type="button" onClick={sample}>
          {t('audit.sample')}
        </button>
        <button
          type="button"
          disabled={!hasText && !report}
          onClick={() => {
            setText('')
            audit.clear()
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
      {audit.progress && (
        <div className="audit__progress" role="status">
          <label>
            <span>
              {t('audit.progress', { done: audit.progress.done, total: audit.progress.total })}
            </span>
            <progress max={audit.progress.total || 1} value={audit.progress.done} />
          </label>
        </div>
      )}
      {audit.problems.length > 0 && (
        <ul className="audit__problems" role="alert">
          {audit.problems.map((p, i) => (
            <li key={i}>
              {p.origin !== 'paste' && <strong>{p.origin}: </strong>}
              {t(`audit.problems.${p.code.replace(/^input\./, '')}`, p.data)}
            </li>
          ))}
        </ul>
      )}
      {report && (
        <>
          <p className="audit__summary" role="status">
            {t('audit.summary', {
              roles: report.roles.length,
              oidc: report.roles.filter((r) => r.subjects.entries.length > 0).length,
              high: count('high'),
              medium: count('medium'),
              low: count('low'),
            })}
          </p>
          {!report.providersKnown && <p className="muted">{t('audit.providersUnknown')}</p>}
          <AuditTable report={report} providers={audit.providers} onOpened={onOpened} />
        </>
      )}
    </div>
  )
}
