/** Finding codes of the simulated-clock timeline. */
import { defineFindings } from '../finding'

/** The timeline module's finding registry and factory. */
export const TIMELINE_FINDINGS = defineFindings({
  /** The token has no numeric iat and exp: no token events. */
  'timeline.token.no-times': { severity: 'warning' },
  /** The trace issued no credentials: no credential events. */
  'timeline.credentials.none': { severity: 'info' },
  /** A series was cut at its maximum number of events (a very short lifetime). */
  'timeline.events.truncated': { severity: 'info' },
})

/** Every timeline finding code. */
export type TimelineFindingCode = keyof typeof TIMELINE_FINDINGS.definitions
