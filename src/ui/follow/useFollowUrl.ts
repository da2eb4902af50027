import { useAppStore } from '../../state/store'
import { followUrl } from './followUrl'
import { useScenarioFragment } from './useScenarioFragment'

/** The follow view's address for the scenario and step on screen (undefined while it is made). */
export function useFollowUrl(): string | undefined {
  const fragment = useScenarioFragment()
  const step = useAppStore((s) => s.stepIndex)
  return fragment === undefined ? undefined : followUrl(window.location.href, fragment, step)
}
