/**
 * What is not needed to paint the verdict loads after it, in its own chunk, together with the
 * panels' messages (`loadPanelMessages`): a lazy panel never renders a key before its text. And
 * with the YAML library (`loadYamlLibrary`, issue #18): a panel may read YAML as it renders.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react'
import { loadYamlLibrary } from '../engine'
import { loadPanelMessages } from '../i18n'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own constraint
export function lazyPanel<T extends ComponentType<any>>(
  load: () => Promise<T>,
): LazyExoticComponent<T> {
  return lazy(() =>
    Promise.all([load(), loadPanelMessages(), loadYamlLibrary()]).then(([component]) => ({
      default: component,
    })),
  )
}
