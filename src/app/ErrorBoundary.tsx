/**
 * Never blank: an error boundary at the root and around each lazy panel. It shows what happened,
 * "Reload", and "Start over" (the default scenario; the last good one stays one Undo away). A
 * chunk that fails to load after a deploy (an old tab asking for a file the new build no longer
 * has) is told apart: "A new version is available — reload".
 */
import { Component, type ErrorInfo, type ReactNode } from 'react'
import { useTranslation } from '../i18n/useTranslation'
import { createDefaultScenario } from '../scenarios/defaultScenario'
import { useAppStore } from '../state/store'
import { isChunkLoadError } from './chunkError'

async function startOver(): Promise<void> {
  const { scenario, key } = await createDefaultScenario(new Date())
  // loadScenario checkpoints the current scenario: the last good one is one Undo away.
  useAppStore.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
  useAppStore.getState().showNotice({ kind: 'started-over' })
}

function Fallback({ chunk, onRetry }: { chunk: boolean; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="boundary" role="alert" data-testid="error-boundary">
      {chunk ? (
        <>
          <p>
            <strong>{t('safety.boundary.newVersion')}</strong>
          </p>
          <p>{t('safety.boundary.newVersionBody')}</p>
        </>
      ) : (
        <>
          <p>
            <strong>{t('safety.boundary.title')}</strong>
          </p>
          <p>{t('safety.boundary.body')}</p>
        </>
      )}
      <button type="button" onClick={() => window.location.reload()}>
        {chunk ? t('safety.boundary.newVersion') : t('safety.boundary.reload')}
      </button>{' '}
      {!chunk && (
        <button type="button" onClick={() => void startOver().then(onRetry, onRetry)}>
          {t('safety.boundary.startOver')}
        </button>
      )}
    </div>
  )
}

interface Props {
  children: ReactNode
  /** A name for the console (which panel failed). */
  name: string
}

export class ErrorBoundary extends Component<Props, { error?: unknown }> {
  state: { error?: unknown } = {}

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`IRSA Lab: the ${this.props.name} failed`, error, info.componentStack)
  }

  render() {
    if (this.state.error === undefined) return this.props.children
    return (
      <Fallback
        chunk={isChunkLoadError(this.state.error)}
        onRetry={() => this.setState({ error: undefined })}
      />
    )
  }
}
