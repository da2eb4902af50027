import { useMemo, useState } from 'react'
import { buildTimelineWithFindings, type Scenario, type SdkName, type Trace } from '../../engine'
import { useSameValue } from '../../state/useSameValue'
import type { ScenarioDraft } from '../../scenarios/draft'
import { nextAnchor, scenarioKey, type Anchor } from './anchor'
import { axisTicks, fraction, layoutBars, layoutMarkers, timelineRange, toSeconds } from './layout'

/** The credentials' run: see `anchor.ts`. Updated only when a new trace arrives. */
function useAnchor(draft: ScenarioDraft | undefined, trace: Trace | undefined) {
  const [seen, setSeen] = useState<{ trace?: Trace; anchor?: Anchor }>({})
  if (draft && seen.trace !== trace) {
    const anchor = nextAnchor(seen.anchor, scenarioKey(draft), trace)
    // React's "adjust state while rendering": re-renders at once, before the browser paints.
    setSeen({ trace, anchor })
    return anchor
  }
  return seen.anchor
}

const NO_EVENTS: readonly [] = []

/**
 * The engine's timeline for the current scenario and SDK, laid out: markers, spans, ticks and the
 * cursor (`draft.now`). The credential events come from the anchored run (see `anchor.ts`); the
 * scenario is the one the store's run gave the engine (scenarios/run.ts), not rebuilt here.
 *
 * Every run gives a new scenario (a keystroke in a policy among them), but the clock's story is
 * the same unless the token, the clock or the credentials changed: the timeline kept by value
 * (`useSameValue`) and everything laid out from it memoized, a keystroke re-renders none of the
 * clock's parts (a few hundred translated strings; issue #18, keystroke → verdict).
 */
export function useTimeline(
  sdk: SdkName,
  draft: ScenarioDraft | undefined,
  trace: Trace | undefined,
  scenario: Scenario | undefined,
) {
  const anchor = useAnchor(draft, trace)
  const timelineTrace = anchor?.trace ?? trace
  const layout = useSameValue(
    useMemo(() => {
      if (!scenario || !timelineTrace) return undefined
      return buildTimelineWithFindings(scenario, timelineTrace, { sdk })
    }, [scenario, timelineTrace, sdk]),
  )
  const nowIso = draft?.now ?? ''
  const now = toSeconds(nowIso)
  const events = layout?.events ?? NO_EVENTS
  const laidOut = useMemo(() => {
    const range = timelineRange(events, now)
    const origin = toSeconds(events.find((e) => e.kind === 'token.issued')?.at) ?? range?.start ?? 0
    return {
      range,
      cursor: range && now !== undefined ? fraction(now, range) : 0,
      markers: range ? layoutMarkers(events, range) : [],
      bars: range ? layoutBars(events, range) : [],
      ticks: range ? axisTicks(range, origin) : [],
    }
  }, [events, now])
  return {
    events,
    findings: layout?.findings ?? NO_EVENTS,
    nowIso,
    ...laidOut,
    /** Where the credential events come from, when not from the run at the cursor. */
    anchorNow: anchor && trace?.outcome !== 'issued' ? anchor.trace.now : undefined,
  }
}
