import { useTranslation } from 'react-i18next'
import type { Trace } from '../../engine'
import { formatCliError } from '../format/awsCli'

/** The outcome of the run: the credentials as the AWS CLI prints them, or the exact error. */
export function Verdict({ trace }: { trace: Trace }) {
  const { t } = useTranslation()
  const failed = trace.steps.find((s) => s.status === 'fail')
  if (trace.outcome === 'issued' && trace.response) {
    return (
      <section
        className="verdict verdict--issued"
        aria-labelledby="verdict-title"
        data-testid="verdict"
        role="status"
      >
        <h2 id="verdict-title">
          <span aria-hidden="true">✔ </span>
          {t('verdict.issued')}
        </h2>
        <p>
          {t('verdict.issuedBody', {
            subject: trace.response.SubjectFromWebIdentityToken,
            arn: trace.response.AssumedRoleUser.Arn,
          })}
        </p>
        <pre
          className="code"
          data-testid="credentials"
          tabIndex={0}
          aria-label={t('verdict.credentialsLabel')}
        >
          {JSON.stringify(trace.response, null, 4)}
        </pre>
      </section>
    )
  }
  if (trace.outcome === 'invalid-input') {
    return (
      <section
        className="verdict verdict--invalid"
        aria-labelledby="verdict-title"
        data-testid="verdict"
        role="status"
      >
        <h2 id="verdict-title">{t('verdict.invalid')}</h2>
        <p>{t('verdict.invalidBody')}</p>
      </section>
    )
  }
  return (
    <section
      className="verdict verdict--denied"
      aria-labelledby="verdict-title"
      data-testid="verdict"
      role="status"
    >
      <h2 id="verdict-title">
        <span aria-hidden="true">✘ </span>
        {trace.error ? t('verdict.denied') : t('verdict.neverCalled')}
      </h2>
      {failed && (
        <p>
          {t('verdict.stoppedAt')} <strong>{failed.title}</strong>
          {failed.detail ? ` — ${failed.detail}` : ''}
        </p>
      )}
      {trace.error && (
        <pre className="code code--error" data-testid="sts-error" tabIndex={0}>
          {formatCliError(trace.error)}
        </pre>
      )}
    </section>
  )
}
