/**
 * Everything that is not needed to paint the verdict loads after it, in its own chunk: the
 * verdict (engine, store, header) comes first on a slow machine, the rest streams in.
 */
import { lazy } from 'react'

export const EditorsPanel = lazy(() =>
  import('../ui/editors/EditorsPanel').then((m) => ({ default: m.EditorsPanel })),
)
export const FlowPanel = lazy(() =>
  import('../ui/flow/FlowPanel').then((m) => ({ default: m.FlowPanel })),
)
export const TimelinePanel = lazy(() =>
  import('../ui/timeline/TimelinePanel').then((m) => ({ default: m.TimelinePanel })),
)
export const Experiments = lazy(() =>
  import('../ui/experiments/Experiments').then((m) => ({ default: m.Experiments })),
)
export const TokenInspector = lazy(() =>
  import('../ui/inspector/TokenInspector').then((m) => ({ default: m.TokenInspector })),
)
export const ModeView = lazy(() =>
  import('../ui/presentation/ModeView').then((m) => ({ default: m.ModeView })),
)
export const LearningTools = lazy(() =>
  import('../ui/scenarios/LearningTools').then((m) => ({ default: m.LearningTools })),
)
