import { useEffect } from 'react'
import { createDefaultScenario } from '../scenarios/defaultScenario'
import { useAppStore } from '../state/store'
import { FindingList } from '../ui/findings/FindingList'
import { StepList } from '../ui/steps/StepList'
import { Verdict } from '../ui/verdict/Verdict'

export function App() {
  const trace = useAppStore((s) => s.trace)
  const status = useAppStore((s) => s.status)
  const setScenario = useAppStore((s) => s.setScenario)

  useEffect(() => {
    void createDefaultScenario().then(setScenario)
  }, [setScenario])

  return (
    <div className="app">
      <header className="app__header">
        <h1>
          IRSA Lab{' '}
          <span className="app__tagline">
            IAM Roles for Service Accounts, step by step, in your browser
          </span>
        </h1>
        <p className="app__privacy">
          Nothing leaves this page: the keys, tokens and policies stay in your browser.
        </p>
      </header>
      <main className="app__main" aria-busy={status !== 'ready'}>
        {!trace ? (
          <p role="status">Generating a cluster key and a ServiceAccount token…</p>
        ) : (
          <>
            <Verdict trace={trace} />
            <section aria-labelledby="steps-title" className="panel">
              <h2 id="steps-title">What happened</h2>
              <StepList steps={trace.steps} />
            </section>
            <section aria-labelledby="findings-title" className="panel">
              <h2 id="findings-title">Findings</h2>
              <FindingList findings={trace.findings} />
            </section>
          </>
        )}
      </main>
    </div>
  )
}
