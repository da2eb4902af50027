import { Suspense, useDeferredValue, useMemo, type ReactNode } from 'react'
import { useTranslation } from '../i18n/useTranslation'
import { useAppStore } from '../state/store'
import { FindingList } from '../ui/findings/FindingList'
import { Header } from '../ui/header/Header'
import { SKIP_TARGET_ID, SkipLink } from '../ui/skipLink/SkipLink'
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
  WallView,
} from './lazyPanels'
import { modeFromSearch } from './mode'
import { ErrorBoundary } from './ErrorBoundary'
import { UpdateNotice } from './UpdateNotice'
import { useThemeAttribute } from './useThemeAttribute'

const mode = modeFromSearch(window.location.search)

/** A part of the page whose chunk loads lazily: nothing until it is there, and its failure stays its own. */
function LazyPart({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary name={name}>
      <Suspense fallback={null}>{children}</Suspense>
    </ErrorBoundary>
  )
}

/*
 * The parts of the page that read the store themselves are created once (or when what they are
 * given changes): a render of App (a run starting, a new verdict) re-renders the verdict, not every
 * panel. React skips an element that is the very same object as in the previous render.
 */
const TOP = (
  <>
    <SkipLink />
    <ErrorBoundary name="header">
      <Header />
    </ErrorBoundary>
    <ErrorBoundary name="toolbar">
      <ScenarioToolbar />
    </ErrorBoundary>
    <NoticeBar />
    <UpdateNotice />
  </>
)

const EDITORS = (
  <LazyPart name="editors">
    <EditorsPanel />
  </LazyPart>
)

/*
 * The flow and the timeline (lazy chunks) sit above the step list and the findings: revealed after
 * them, they would push the headings down (a layout shift on the first visit). So the column's one
 * boundary reveals it whole, once both chunks are there (see App); each part keeps its own error.
 */
const FLOW_AND_TIMELINE = (
  <>
    <ErrorBoundary name="flow">
      <FlowPanel />
    </ErrorBoundary>
    <ErrorBoundary name="timeline">
      <TimelinePanel />
    </ErrorBoundary>
  </>
)

const FINDINGS = (
  <ErrorBoundary name="findings">
    <FindingList />
  </ErrorBoundary>
)

const BESIDE_VERDICT = (
  <>
    <LazyPart name="experiments">
      <Experiments />
    </LazyPart>
    <LazyPart name="token inspector">
      <TokenInspector />
    </LazyPart>
  </>
)

export function App() {
  const { t } = useTranslation()
  const hasDraft = useAppStore((s) => s.draft !== undefined)
  // The verdict's trace comes one frame before everyone else's (see traceSlice.runSimulation).
  const verdictTrace = useAppStore((s) => s.verdictTrace)
  const trace = useAppStore((s) => s.trace)
  const status = useAppStore((s) => s.status)
  // The verdict paints first; the step list, the findings and the lazy panels (whose chunks start
  // loading when they first render) follow in the next render: a slow machine shows the answer
  // without waiting for them, and typing stays responsive.
  // (null, not undefined: React defers the first render only for a defined initial value.)
  const details = useDeferredValue(trace ?? null, null)
  const shown = details !== null
  const steps = useMemo(() => details && <StepList steps={details.steps} />, [details])
  const verdict = useMemo(() => verdictTrace && <Verdict trace={verdictTrace} />, [verdictTrace])
  useThemeAttribute()

  // The workshop wall needs no scenario: the proofs it verifies bring their own.
  if (mode === 'wall')
    return (
      <LazyPart name="workshop wall">
        <WallView />
      </LazyPart>
    )

  if (mode !== 'playground')
    return hasDraft && trace ? (
      <LazyPart name="presentation view">
        <ModeView mode={mode} />
      </LazyPart>
    ) : null

  return (
    <div className="app">
      {TOP}
      {!hasDraft || !verdictTrace ? (
        <p role="status" className="app__loading">
          {t('app.loading')}
        </p>
      ) : (
        <main className="playground" aria-busy={status === 'running'}>
          <section className="playground__inputs" aria-label={t('app.regions.inputs')}>
            {shown && EDITORS}
          </section>
          <section className="playground__trace panel" aria-labelledby="steps-title">
            {shown && (
              <Suspense fallback={null}>
                {FLOW_AND_TIMELINE}
                <h2 id="steps-title">{t('steps.title')}</h2>
                {steps}
                <h2 id="findings-title">{t('findings.title')}</h2>
                {FINDINGS}
              </Suspense>
            )}
          </section>
          <section
            className="playground__verdict"
            id={SKIP_TARGET_ID}
            tabIndex={-1}
            aria-label={t('app.regions.verdict')}
          >
            {verdict}
            {shown && BESIDE_VERDICT}
          </section>
        </main>
      )}
    </div>
  )
}
