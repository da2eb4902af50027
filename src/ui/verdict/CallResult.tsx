import { Suspense } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { findStep, type IrsaTrace } from '../../engine'
import { formatCliError } from '../format/awsCli'
import { Fixes } from './lazyHelp'
import type { Why } from './why'

/** The API call made with the credentials: allowed, or the service's error as the CLI prints it. */
export function CallResult({ trace, why }: { trace: IrsaTrace; why: Why | undefined }) {
  const { t } = useTranslation()
  const step = findStep(trace.steps, 'api.call')
  if (!step) return null
  const action = step.data?.action ?? ''
  if (step.status !== 'fail') {
    return (
      <p className="verdict__call">
        <span aria-hidden="true">✔ </span>
        {t('verdict.callAllowed', { action, resource: step.data?.resource ?? '' })}
      </p>
    )
  }
  const error = step.data?.error
  return (
    <div className="verdict__call verdict__call--denied">
      <h3 className="verdict__subtitle">
        <span aria-hidden="true">✘ </span>
        {t('verdict.callDenied')}
      </h3>
      {why && <p>{t(`verdict.why.${why.key}`, why.values)}</p>}
      <Suspense fallback={null}>
        <Fixes trace={trace} />
      </Suspense>
      {error && (
        <pre className="code code--error" data-testid="api-error" tabIndex={0}>
          {formatCliError(error, action.slice(action.indexOf(':') + 1))}
        </pre>
      )}
    </div>
  )
}
