/** The simulated clock (issue #7). `src/engine/index.ts` re-exports the public part. */
export {
  buildTimeline,
  buildTimelineWithFindings,
  MAX_SERIES_EVENTS,
  type TimelineOptions,
} from './buildTimeline'
export {
  REFRESH_WINDOWS,
  kubeletRefreshAge,
  type RefreshWindow,
  type SdkName,
} from './refreshWindows'
export { TIMELINE_FINDINGS, type TimelineFindingCode } from './findings'
export type { TimelineEvent, TimelineEventKind } from './types'
