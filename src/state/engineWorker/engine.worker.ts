/**
 * The engine off the main thread, for inputs past ENGINE_WORKER_THRESHOLD (a policy with 10k
 * conditions, a JWKS with 10k keys): the page keeps answering keystrokes while it runs. Same
 * origin, bundled by Vite; the page terminates it when a newer edit makes its run obsolete.
 *
 * Messages: in `{ id, draft }`, out `{ id, trace, findings }` or `{ id, error }`. The Trace is
 * plain data (structured clone).
 */
import { simulate } from '../../engine'
import { scenarioFromDraft, type ScenarioDraft } from '../../scenarios/draft'

interface Request {
  id: number
  draft: ScenarioDraft
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, draft } = event.data
  try {
    const { scenario, findings } = scenarioFromDraft(draft)
    const trace = await simulate(scenario)
    self.postMessage({ id, trace, findings })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
