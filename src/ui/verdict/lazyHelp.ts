/**
 * The help around a failure (fixes, re-sign and re-issue buttons, what each SDK prints, the
 * stated assumptions) is one chunk of its own: the verdict's heading, its sentence of why and
 * AWS's exact error paint first.
 */
import { lazyPanel } from '../lazyPanel'

export const Fixes = lazyPanel(() => import('./Fixes').then((m) => m.Fixes))
export const SdkErrors = lazyPanel(() => import('./SdkErrors').then((m) => m.SdkErrors))
export const Assumptions = lazyPanel(() => import('./Assumptions').then((m) => m.Assumptions))
export const ResignButton = lazyPanel(() =>
  import('../generate/ResignButton').then((m) => m.ResignButton),
)
export const ReissueButton = lazyPanel(() =>
  import('../generate/ReissueButton').then((m) => m.ReissueButton),
)
