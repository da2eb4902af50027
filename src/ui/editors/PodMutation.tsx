import { lazy, Suspense } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Injection } from './injections'
import { useMutatedPod } from './useMutatedPod'

const MutatedPodDiff = lazy(() => import('./MutatedPodDiff'))

/** Variables whose reason has its own sentence; any other one gets the generic line. */
const KNOWN_ENV = [
  'AWS_ROLE_ARN',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'AWS_STS_REGIONAL_ENDPOINTS',
]

/** One line: what was injected, and why. */
function Why({ injection }: { injection: Injection }) {
  const { t } = useTranslation()
  if (injection.kind === 'volume') {
    return t('editors.why.volume', {
      name: injection.name,
      audience: injection.audience ?? '?',
      seconds: injection.expirationSeconds ?? '?',
    })
  }
  if (injection.kind === 'mount') {
    return t('editors.why.mount', {
      container: injection.container,
      name: injection.name,
      path: injection.mountPath,
    })
  }
  const reason = KNOWN_ENV.includes(injection.name)
    ? t(`editors.why.env.${injection.name}`)
    : t('editors.why.env.other')
  return (
    <>
      <code>
        {injection.name}={injection.value}
      </code>{' '}
      ({injection.container}) — {reason}
    </>
  )
}

/** Below the Pod editor: the mutated pod as a diff, and why each injection is there. */
export function PodMutation() {
  const { t } = useTranslation()
  const pod = useMutatedPod()
  return (
    <section className="editors__mutation" aria-labelledby="mutation-title">
      <h3 id="mutation-title">{t('editors.pod.mutatedTitle')}</h3>
      {pod.state === 'skipped' && (
        <p>{t('editors.pod.notMutated', { reason: pod.reason ?? t('editors.pod.noReason') })}</p>
      )}
      {pod.state === 'mutated' && (
        <>
          {pod.defaulted && <p className="muted">{t('editors.pod.defaultPod')}</p>}
          <div className="editors__diff" data-testid="mutated-pod">
            <Suspense fallback={<pre className="code">{pod.mutated}</pre>}>
              <MutatedPodDiff pod={pod} />
            </Suspense>
          </div>
          <h4>{t('editors.pod.whyTitle')}</h4>
          <ul className="editors__why">
            {pod.injections.map((injection) => (
              <li
                key={`${injection.kind}-${'container' in injection ? injection.container : ''}-${injection.name}`}
              >
                <Why injection={injection} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
