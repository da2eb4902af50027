import type { TourStop } from '../../learning/tour/stops'

/**
 * Brings the part of the playground a task happens in into view and moves the focus there (to a
 * control the learner uses next), found by the landmarks those panels expose.
 */
export function focusTarget(target: NonNullable<TourStop['focus']>): void {
  const scope =
    target === 'inspector'
      ? document.querySelector<HTMLElement>('[data-testid="inspector"]')
      : target === 'verdict'
        ? document.querySelector<HTMLElement>('[data-testid="verdict"]')
        : document.querySelector<HTMLElement>('.editors')
  if (!scope) return
  scope.scrollIntoView({ block: 'start' })
  const control =
    target === 'inspector'
      ? scope.querySelector<HTMLElement>('button[aria-controls="payload-editor"]')
      : target === 'editors'
        ? scope.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
        : null
  if (control) control.focus({ preventScroll: true })
  else {
    if (!scope.hasAttribute('tabindex')) scope.setAttribute('tabindex', '-1')
    scope.focus({ preventScroll: true })
  }
}
