import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { useFormDefaults } from './useFormDefaults'
import { generateToken, type TokenForm } from './sign'

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string }

/** Generate a new cluster key (RS256 or ES256) and a token from a short form. */
export function GenerateForm() {
  const { t } = useTranslation()
  const id = useId()
  const defaults = useFormDefaults()
  const [form, setForm] = useState<TokenForm>(defaults)
  const [lifetime, setLifetime] = useState(String(defaults.expirationSeconds))
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const set = (patch: Partial<TokenForm>) => setForm((f) => ({ ...f, ...patch }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const { draft, setToken } = useAppStore.getState()
    if (!draft) return
    setStatus({ kind: 'busy' })
    const result = await generateToken(
      { ...form, expirationSeconds: Number(lifetime) },
      draft.issuer,
      draft.now,
    )
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error })
      return
    }
    const { token, signingKey, jwks } = result.value
    setToken(token, { signingKey, jwks })
    setStatus({
      kind: 'done',
      text: t('inspector.generate.done', { alg: signingKey.alg, kid: signingKey.kid }),
    })
  }

  const text = (name: 'namespace' | 'serviceAccount' | 'audience') => (
    <div className="field">
      <label htmlFor={`${id}-${name}`} className="field__label">
        {t(`inspector.generate.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        className="field__input"
        value={form[name]}
        required={name !== 'audience'}
        spellCheck={false}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </div>
  )

  return (
    <details className="disclosure">
      <summary>{t('inspector.generate.title')}</summary>
      <form className="disclosure__body generate" onSubmit={(e) => void submit(e)}>
        <p className="muted">{t('inspector.generate.help')}</p>
        <div className="field">
          <label htmlFor={`${id}-alg`} className="field__label">
            {t('inspector.generate.alg')}
          </label>
          <select
            id={`${id}-alg`}
            className="field__input"
            value={form.alg}
            onChange={(e) => set({ alg: e.target.value as TokenForm['alg'] })}
          >
            <option value="RS256">RS256 (RSA 2048, as EKS)</option>
            <option value="ES256">ES256 (P-256)</option>
          </select>
        </div>
        {text('namespace')}
        {text('serviceAccount')}
        {text('audience')}
        <div className="field">
          <label htmlFor={`${id}-lifetime`} className="field__label">
            {t('inspector.generate.lifetime')}
          </label>
          <input
            id={`${id}-lifetime`}
            className="field__input"
            inputMode="numeric"
            value={lifetime}
            aria-describedby={`${id}-lifetime-help`}
            onChange={(e) => setLifetime(e.target.value)}
          />
          <p id={`${id}-lifetime-help`} className="field__help muted">
            {t('inspector.generate.lifetimeHelp')}
          </p>
        </div>
        <button type="submit" className="button button--primary" disabled={status.kind === 'busy'}>
          {status.kind === 'busy' ? t('inspector.generate.busy') : t('inspector.generate.submit')}
        </button>
        {status.kind === 'error' && (
          <div role="alert" className="field__error">
            {t('inspector.generate.refused')}{' '}
            <code data-testid="token-request-error">{status.text}</code>
          </div>
        )}
        {status.kind === 'done' && (
          <p role="status" className="generate__done">
            {status.text}
          </p>
        )}
      </form>
    </details>
  )
}
