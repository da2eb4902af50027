/**
 * The engine off the main thread, for inputs past ENGINE_WORKER_THRESHOLD (a policy with 10k
 * conditions, a JWKS with 10k keys): the page keeps answering keystrokes while it runs. Same
 * origin, bundled by Vite; the page terminates it when a newer edit makes its run obsolete.
 *
 * Messages: in `{ id, draft }`, out `{ id, scenario, trace, findings }` (a `DraftRun`) or
 * `{ id, error }`. All plain data (structured clone).
 */
import type { ScenarioDraft } from '../../scenarios/draft'
import { runDraft } from '../../scenarios/run'

interface Request {
  id: number
  draft: ScenarioDraft
}

self.onmessage = async (event: MessageEvent<Request>) => {
  const { id, draft } = event.data
  try {
    self.postMessage({ id, ...(await runDraft(draft)) })
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
}
