/**
 * What is not needed to paint the verdict loads after it, in its own chunk, together with the
 * panels' messages (`loadPanelMessages`): a lazy panel never renders a key before its text.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { loadPanelMessages } from '../i18n'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
export function lazyPanel<T extends ComponentType<any>>(
  load: () => Promise<T>,
): LazyExoticComponent<T> {
  return lazy(() =>
    Promise.all([load(), loadPanelMessages()]).then(([component]) => ({ default: component })),
  )
}
