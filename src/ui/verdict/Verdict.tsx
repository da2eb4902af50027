import type { Trace } from '../../engine'
import { formatCliError } from '../format/awsCli'

/** The outcome of the run: the credentials as the AWS CLI prints them, or the exact error. */
export function Verdict({ trace }: { trace: Trace }) {
  const failed = trace.steps.find((s) => s.status === 'fail')
  if (trace.outcome === 'issued' && trace.response) {
    return (
      <section
        className="verdict verdict--issued"
        aria-labelledby="verdict-title"
        data-testid="verdict"
      >
        <h2 id="verdict-title">
          <span aria-hidden="true">✔ </span>Credentials issued
        </h2>
        <p>
          STS trusted the token of <code>{trace.response.SubjectFromWebIdentityToken}</code> and
          returned temporary credentials for <code>{trace.response.AssumedRoleUser.Arn}</code>.
        </p>
        <pre
          className="code"
          data-testid="credentials"
          tabIndex={0}
          aria-label="aws sts assume-role-with-web-identity output"
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
      >
        <h2 id="verdict-title">The scenario cannot be simulated</h2>
        <p>Fix the errors listed below: the ServiceAccount or the pod could not be read.</p>
      </section>
    )
  }
  return (
    <section
      className="verdict verdict--denied"
      aria-labelledby="verdict-title"
      data-testid="verdict"
    >
      <h2 id="verdict-title">
        <span aria-hidden="true">✘ </span>
        {trace.error ? 'STS refused' : 'No web identity: STS was never called'}
      </h2>
      {failed && (
        <p>
          Stopped at: <strong>{failed.title}</strong>
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
