/** What the tool buttons open (dialogs and panels) in a chunk of their own, loaded after the verdict. */
import { lazyPanel } from '../lazyPanel'

export const LearningTools = lazyPanel(() => import('./LearningTools').then((m) => m.LearningTools))
