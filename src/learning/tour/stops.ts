/**
 * The guided tour: seven stops telling the blog post's story (shared/seed/), from an IAM user's
 * permanent keys to the S3 upload made with IRSA credentials. Plain data: the words are in the
 * i18n catalogues under `tour.stops.<id>`; here are what each stop points at and how its task is
 * checked. The UI renders this, the checks read the engine's trace.
 */
import * as checks from './checks'
import type { TourCheck } from './checks'
import * as demos from './demos'
import type { TourDemo } from './demos'

export type TourStopId =
  | 'iam-user'
  | 'iam-role'
  | 'service-account'
  | 'signature'
  | 'webhook'
  | 'trust-policy'
  | 's3-upload'

/** A self-contained exercise for the stops that come before any IRSA trace. */
export type TourWidget = 'leaked-key' | 'session'

export interface TourStop {
  id: TourStopId
  /** How many paragraphs `tour.stops.<id>.p1…pN` holds (2–4). */
  paragraphs: number
  /** The step to select when the stop opens: the editors bring forward what it read. */
  stepId?: string
  /** The step the flow's cursor moves to. */
  flowStepId?: string
  /** Where the learner works: 'inspector' scrolls the token inspector into view. */
  focus?: 'inspector' | 'editors' | 'verdict'
  widget?: TourWidget
  /** The task's automatic check on the trace; widget stops report completion themselves. */
  check?: TourCheck
  /** "Show me": the task done for the learner (undoable). */
  demo?: TourDemo
  /** A way on from the tour: 'triage' offers "Start from your error message" (issue #16). */
  next?: 'triage'
}

export const TOUR_STOPS: readonly TourStop[] = [
  { id: 'iam-user', paragraphs: 3, widget: 'leaked-key' },
  {
    id: 'iam-role',
    paragraphs: 3,
    widget: 'session',
    stepId: 'sts.duration',
    flowStepId: 'sts.credentials',
    check: checks.longerSession,
    demo: demos.askTwoHours,
  },
  {
    id: 'service-account',
    paragraphs: 3,
    stepId: 'sts.token',
    flowStepId: 'kubelet.token',
    focus: 'inspector',
    check: checks.signatureBroken,
    demo: demos.changeNamespaceClaim,
  },
  {
    id: 'signature',
    paragraphs: 3,
    stepId: 'oidc.jwks',
    flowStepId: 'oidc.discovery',
    focus: 'editors',
    check: checks.keyNotFound,
    demo: demos.rotateKid,
  },
  {
    id: 'webhook',
    paragraphs: 3,
    stepId: 'webhook.mutate',
    flowStepId: 'webhook.mutate',
    focus: 'editors',
    check: checks.webhookSkipped,
    demo: demos.removeAnnotation,
  },
  {
    id: 'trust-policy',
    paragraphs: 3,
    stepId: 'trust.condition.0.0',
    flowStepId: 'trust.evaluate',
    focus: 'editors',
    check: checks.subMismatch,
    demo: demos.changeSub,
  },
  {
    id: 's3-upload',
    paragraphs: 3,
    stepId: 'api.call',
    flowStepId: 'api.call',
    focus: 'verdict',
    check: checks.uploadDenied,
    demo: demos.dropPutObject,
    next: 'triage',
  },
]

/** The preset every stop starts from: the blog post's working scenario. */
export const TOUR_PRESET = 'happy-path'

/** Whether a stop needs the working scenario loaded before it makes sense. */
export const needsBaseline = (stop: TourStop): boolean => stop.check !== undefined
