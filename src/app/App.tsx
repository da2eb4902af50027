import { Suspense, useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppStore } from '../state/store'
import { FindingList } from '../ui/findings/FindingList'
import { Header } from '../ui/header/Header'
import { NoticeBar } from '../ui/scenarios/NoticeBar'
import { ScenarioToolbar } from '../ui/scenarios/ScenarioToolbar'
import '../ui/scenarios/scenarios.css'
import { StepList } from '../ui/steps/StepList'
import { Verdict } from '../ui/verdict/Verdict'
import {
  EditorsPanel,
  Experiments,
  FlowPanel,
  ModeView,
  TimelinePanel,
  TokenInspector,
} from './lazyPanels'
import { modeFromSearch } from './mode'
import { useThemeAttribute } from './useThemeAttribute'

const mode = modeFromSearch(window.location.search)

export function App() {
  const { t } = useTranslation()
  const hasDraft = useAppStore((s) => s.draft !== undefined)
  const trace = useAppStore((s) => s.trace)
  const status = useAppStore((s) => s.status)
  // The verdict paints first; the step list, the findings and the lazy panels (whose chunks start
  // loading when they first render) follow in the next render: a slow machine shows the answer
  // without waiting for them, and typing stays responsive.
  // (null, not undefined: React defers the first render only for a defined initial value.)
  const details = useDeferredValue(trace ?? null, null)
  useThemeAttribute()

  if (mode !== 'playground')
    return hasDraft && trace ? (
      <Suspense fallback={null}>
        <ModeView mode={mode} />
      </Suspense>
    ) : null

  return (
    <div className="app">
      <Header />
      <ScenarioToolbar />
      <NoticeBar />
      {!hasDraft || !trace ? (
        <p role="status" className="app__loading">
          {t('app.loading')}
        </p>
      ) : (
        <main className="playground" aria-busy={status === 'running'}>
          <section className="playground__inputs" aria-label={t('app.regions.inputs')}>
            <Suspense fallback={null}>{details && <EditorsPanel />}</Suspense>
          </section>
          <section className="playground__trace panel" aria-labelledby="steps-title">
            {details && (
              <Suspense fallback={null}>
                <FlowPanel />
                <TimelinePanel />
              </Suspense>
            )}
            <h2 id="steps-title">{t('steps.title')}</h2>
            {details && <StepList steps={details.steps} />}
            <h2 id="findings-title">{t('findings.title')}</h2>
            {details && <FindingList />}
          </section>
          <section className="playground__verdict" aria-label={t('app.regions.verdict')}>
            <Verdict trace={trace} />
            {details && (
              <Suspense fallback={null}>
                <Experiments />
                <TokenInspector />
              </Suspense>
            )}
          </section>
        </main>
      )}
    </div>
  )
}
