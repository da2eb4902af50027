import { useTranslation } from '../../i18n/useTranslation'
import type { IrsaStep, IrsaTrace, StsError } from '../../engine'
import { formatCliError } from '../format/awsCli'
import { failureKey } from './copy'

/** The error AWS returns at the failing step: STS's own, or the API call's when only that failed. */
function errorAt(
  trace: IrsaTrace,
  step: IrsaStep,
): { error: StsError; operation: string } | undefined {
  if (step.name === 'api.call') {
    const error = step.data?.error
    const action = step.data?.action ?? ''
    return error ? { error, operation: action.slice(action.indexOf(':') + 1) } : undefined
  }
  return trace.error ? { error: trace.error, operation: 'AssumeRoleWithWebIdentity' } : undefined
}

/**
 * The end of the flow: where the chain stopped (in red, with AWS's error verbatim, one sentence of
 * why and the fix), or the credentials it ended with.
 */
export function FlowOutcome({ trace, step }: { trace: IrsaTrace; step: IrsaStep }) {
  const { t, i18n } = useTranslation()
  if (step.status === 'fail') {
    const key = failureKey(step.kind, (k) => i18n.exists(k))
    const aws = errorAt(trace, step)
    return (
      <section
        className="flow__outcome flow__outcome--fail"
        data-testid="flow-stop"
        aria-labelledby="flow-stop-title"
      >
        <h4 id="flow-stop-title">✘ {t('flow.failure.title')}</h4>
        {aws ? (
          <>
            <p className="flow__outcome-label">{t('flow.failure.awsError')}</p>
            <pre className="flow__error" data-testid="flow-error">
              {formatCliError(aws.error, aws.operation)}
            </pre>
          </>
        ) : (
          <p>{t('flow.failure.noError')}</p>
        )}
        <p>
          <strong>{t('flow.failure.why')}:</strong> {t(`${key}.why`)}
        </p>
        <p>
          <strong>{t('flow.failure.fix')}:</strong> {t(`${key}.fix`)}
        </p>
      </section>
    )
  }
  const credentials = trace.response?.Credentials
  if (trace.outcome !== 'issued' || !credentials) return null
  return (
    <section className="flow__outcome flow__outcome--pass" data-testid="flow-end">
      <h4>✔ {t('flow.end.issued')}</h4>
      <p>
        {t('flow.end.issuedBody', {
          accessKeyId: credentials.AccessKeyId,
          expiration: credentials.Expiration,
        })}
      </p>
    </section>
  )
}
