import { memo, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { SdkName, Scenario, Trace } from '../../engine'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useAppStore } from '../../state/store'
import { TimelineChart } from './TimelineChart'
import { TimelineControls } from './TimelineControls'
import { TimelineEvents } from './TimelineEvents'
import { TimelineStatus } from './TimelineStatus'
import { useEventText } from './useEventText'
import { useTimeline } from './useTimeline'
import './timeline.css'
import './timeline-phone.css'

const NOTE_OF: Record<string, string> = {
  'timeline.token.no-times': 'timeline.notes.noTimes',
  'timeline.credentials.none': 'timeline.notes.noCredentials',
  'timeline.events.truncated': 'timeline.notes.truncated',
}

/**
 * The simulated clock (issue #7): the token's life, the kubelet's and the SDK's refreshes and the
 * stolen-token view from the engine's `buildTimeline`, with the scenario's instant as a cursor
 * that edits `draft.now`, so the verdict follows the clock.
 */
export function TimelinePanel() {
  // The clock's view renders after the verdict: each keystroke re-renders the verdict at once and
  // this (a few hundred translated strings) in the deferred render that follows.
  // The run's draft (the anchor is keyed by the draft the trace ran), with the live clock: the
  // cursor follows `now` as it is dragged; other keystrokes do not re-render the timeline.
  const settled = useAppStore((s) => s.settledDraft)
  const now = useAppStore((s) => s.draft?.now)
  const live = useMemo(
    () => (settled && now !== undefined && settled.now !== now ? { ...settled, now } : settled),
    [settled, now],
  )
  const draft = useDeferredValue(live)
  const trace = useDeferredValue(useAppStore((s) => s.trace))
  const scenario = useDeferredValue(useAppStore((s) => s.scenario))
  return <TimelineBody draft={draft} trace={trace} scenario={scenario} />
}

const TimelineBody = memo(function TimelineBody({
  draft,
  trace,
  scenario,
}: {
  draft: ScenarioDraft | undefined
  trace: Trace | undefined
  /** The scenario `trace` is for (the store's run). */
  scenario: Scenario | undefined
}) {
  const { t } = useTranslation()
  const [sdk, setSdk] = useState<SdkName>('botocore')
  const { events, findings, nowIso, range, cursor, markers, bars, ticks, anchorNow } = useTimeline(
    sdk,
    draft,
    trace,
    scenario,
  )
  const describe = useEventText(sdk)
  const assumptions = useMemo(
    () => [...new Set(events.map((e) => describe(e).assumption).filter((a) => a !== undefined))],
    [events, describe],
  )
  const notes = [...new Set(findings.map((f) => NOTE_OF[f.code]).filter((n) => n !== undefined))]
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <p className="muted timeline__intro">{t('timeline.intro')}</p>
      <TimelineControls sdk={sdk} onSdk={setSdk} events={events} nowIso={nowIso} />
      {range && (
        <TimelineChart
          range={range}
          nowIso={nowIso}
          cursor={cursor}
          markers={markers}
          bars={bars}
          ticks={ticks}
          sdk={sdk}
        />
      )}
      <TimelineStatus events={events} nowIso={nowIso} sdk={sdk} anchorNow={anchorNow} />
      {notes.map((key) => (
        <p key={key} className="muted timeline__note">
          {t(key)}
        </p>
      ))}
      {assumptions.map((text) => (
        <p key={text} className="timeline__assumption">
          {t('timeline.list.assumption', { text })}
        </p>
      ))}
      <TimelineEvents events={events} nowIso={nowIso} sdk={sdk} />
    </section>
  )
})
