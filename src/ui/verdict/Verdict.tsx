import { Suspense, useDeferredValue } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { IrsaTrace } from '../../engine'
import { useAppStore } from '../../state/store'
import { awsCliRun, formatCliCredentials } from '../format/awsCli'
import { CallResult } from './CallResult'
import { NotProvidedList } from '../importExport/NotProvided'
import { Assumptions, Fixes, ReissueButton, ResignButton, SdkErrors } from './lazyHelp'
import { useVerdictTiming } from './useVerdictTiming'
import { explainFailure } from './why'
import { useStepText } from '../text/useEngineText'
import './verdict.css'

type Kind = 'issued' | 'denied' | 'invalid'

/**
 * Element Timing (read by `npm run bench`): the browser records when the verdict's heading is first
 * painted. Spread in, as React's types do not list the attribute.
 */
const PAINT_TIMING: Record<string, string> = { elementtiming: 'irsa-verdict' }

/**
 * The outcome of the run: the credentials as the AWS CLI prints them, or the exact error, one
 * sentence of why and the fix. Only the heading and that sentence are a live region, so a screen
 * reader announces a short, useful update on every run.
 */
export function Verdict({ trace }: { trace: IrsaTrace }) {
  const { t } = useTranslation()
  useVerdictTiming(trace)
  const resigned = useAppStore((s) => s.resignedAt !== undefined)
  const canResign = useAppStore((s) => s.signingKey !== undefined)
  // What each SDK would print under issued credentials (a lazy chunk, with the panels' messages)
  // comes in the render after the verdict's first one: on a first visit its chunk is not asked
  // for before the credentials are on screen. It is the section's last part, so nothing moves.
  const afterFirstRender = useDeferredValue(true, false)
  // The CLI checks some parameters itself before calling STS (the token's length among them).
  const token = useAppStore((s) => s.draft?.token ?? '')
  const cli = awsCliRun(trace, token)
  const subjectMismatch = trace.findings.some((f) => f.code === 'token.subject-mismatch')
  const why = explainFailure(trace)
  const whyStep = useStepText(why?.step)
  const issued = trace.outcome === 'issued' && trace.response !== undefined
  const kind: Kind = issued ? 'issued' : trace.outcome === 'invalid-input' ? 'invalid' : 'denied'
  const heading = {
    issued: t('verdict.issued'),
    invalid: trace.unknown ? t('notProvided.heading') : t('verdict.invalid'),
    denied: trace.error ? t('verdict.denied') : t('verdict.neverCalled'),
  }[kind]
  const summary =
    issued && trace.response
      ? t('verdict.issuedBody', {
          subject: trace.response.SubjectFromWebIdentityToken,
          arn: trace.response.AssumedRoleUser.Arn,
        })
      : kind === 'invalid'
        ? trace.unknown
          ? t('notProvided.body')
          : why
            ? t(`verdict.why.${why.key}`, why.values)
            : t('verdict.invalidBody')
        : why
          ? t(
              `verdict.why.${why.key}`,
              why.key === 'generic' && whyStep ? { title: whyStep.title.text } : why.values,
            )
          : undefined
  return (
    <section
      className={`verdict verdict--${kind}`}
      aria-labelledby="verdict-title"
      data-testid="verdict"
    >
      <div role="status" aria-atomic="true">
        <h2 id="verdict-title" tabIndex={-1} {...PAINT_TIMING}>
          {kind !== 'invalid' && <span aria-hidden="true">{issued ? '✔ ' : '✘ '}</span>}
          {heading}
        </h2>
        {summary && <p className="verdict__why">{summary}</p>}
      </div>
      <NotProvidedList trace={trace} />
      {resigned && (
        <p className="verdict__banner" data-testid="resigned-banner">
          <span aria-hidden="true">⚠ </span>
          {t('verdict.resigned')}
        </p>
      )}
      {subjectMismatch && canResign && (
        <Suspense fallback={null}>
          <ReissueButton />
        </Suspense>
      )}
      {issued && trace.response ? (
        <>
          <pre
            className="code"
            data-testid="credentials"
            tabIndex={0}
            aria-label={t('verdict.credentialsLabel')}
          >
            {formatCliCredentials(trace.response)}
          </pre>
          <CallResult trace={trace} why={why} />
          {afterFirstRender && (
            <Suspense fallback={null}>
              <SdkErrors response={trace.response} />
            </Suspense>
          )}
        </>
      ) : (
        kind === 'denied' && (
          <>
            <Suspense fallback={null}>
              <Fixes trace={trace} />
              {why?.step.id === 'jwt.signature' && canResign && <ResignButton compact />}
            </Suspense>
            {trace.error && (
              <>
                <h3 className="verdict__subtitle">{t('verdict.cliLabel')}</h3>
                <pre className="code code--error" data-testid="sts-error" tabIndex={0}>
                  {cli?.stderr}
                </pre>
                <Suspense fallback={null}>
                  <SdkErrors
                    error={trace.error}
                    seed={`${trace.error.code}|${trace.now ?? ''}`}
                    {...(cli?.paramValidation ? { paramValidation: cli.paramValidation } : {})}
                  />
                </Suspense>
              </>
            )}
            <Suspense fallback={null}>
              <Assumptions step={why?.step} />
            </Suspense>
          </>
        )
      )}
    </section>
  )
}
