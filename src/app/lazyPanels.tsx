/**
 * Everything that is not needed to paint the verdict loads after it, in its own chunk: the
 * verdict (engine, store, header) comes first on a slow machine, the rest streams in.
 */
import { lazyPanel } from '../ui/lazyPanel'

export const EditorsPanel = lazyPanel(() =>
  import('../ui/editors/EditorsPanel').then((m) => m.EditorsPanel),
)
export const FlowPanel = lazyPanel(() => import('../ui/flow/FlowPanel').then((m) => m.FlowPanel))
export const TimelinePanel = lazyPanel(() =>
  import('../ui/timeline/TimelinePanel').then((m) => m.TimelinePanel),
)
export const Experiments = lazyPanel(() =>
  import('../ui/experiments/Experiments').then((m) => m.Experiments),
)
export const TokenInspector = lazyPanel(() =>
  import('../ui/inspector/TokenInspector').then((m) => m.TokenInspector),
)
export const ModeView = lazyPanel(() =>
  import('../ui/presentation/ModeView').then((m) => m.ModeView),
)
/** The workshop host's wall (`?view=wall`): proof-of-solve links verified on this device. */
export const WallView = lazyPanel(() => import('../ui/challenges/WallView').then((m) => m.WallView))
