import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { createDefaultScenario } from '../scenarios/defaultScenario'
import { useAppStore } from '../state/store'
import { EditorsPanel } from '../ui/editors/EditorsPanel'
import { FindingList } from '../ui/findings/FindingList'
import { Header } from '../ui/header/Header'
import { TokenInspector } from '../ui/inspector/TokenInspector'
import { StepList } from '../ui/steps/StepList'
import { Verdict } from '../ui/verdict/Verdict'
import { FlowPanel } from '../ui/flow/FlowPanel'
import { ModeView } from '../ui/presentation/ModeView'
import { modeFromSearch } from './mode'
import { useThemeAttribute } from './useThemeAttribute'

const mode = modeFromSearch(window.location.search)

export function App() {
  const { t } = useTranslation()
  const hasDraft = useAppStore((s) => s.draft !== undefined)
  const trace = useAppStore((s) => s.trace)
  const status = useAppStore((s) => s.status)
  useThemeAttribute()

  useEffect(() => {
    const { draft, loadScenario, runSimulation } = useAppStore.getState()
    // Autosaved work comes back as it was; otherwise the blog post's scenario, freshly signed.
    if (draft) void runSimulation()
    else
      void createDefaultScenario().then(({ scenario, key }) =>
        loadScenario(scenario, {
          alg: 'RS256',
          kid: key.kid,
          privateJwk: key.privateJwk,
          publicJwk: key.publicJwk,
        }),
      )
  }, [])

  if (mode !== 'playground') return hasDraft && trace ? <ModeView mode={mode} /> : null

  return (
    <div className="app">
      <Header />
      {!hasDraft || !trace ? (
        <p role="status" className="app__loading">
          {t('app.loading')}
        </p>
      ) : (
        <main className="playground" aria-busy={status === 'running'}>
          <section className="playground__inputs" aria-label={t('app.regions.inputs')}>
            <EditorsPanel />
          </section>
          <section className="playground__trace panel" aria-labelledby="steps-title">
            <FlowPanel />
            <h2 id="steps-title">{t('steps.title')}</h2>
            <StepList steps={trace.steps} />
            <h2 id="findings-title">{t('findings.title')}</h2>
            <FindingList />
          </section>
          <section className="playground__verdict" aria-label={t('app.regions.verdict')}>
            <Verdict trace={trace} />
            <TokenInspector />
          </section>
        </main>
      )}
    </div>
  )
}
