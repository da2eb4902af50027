/**
 * Keyboard control of the flow and of presentation mode. Clickers send arrows, Page keys or space;
 * reveal.js and Slidev taught presenters F (full screen), P (presenter view) and, here, Q (QR).
 */

export type FlowKeyAction =
  'next' | 'prev' | 'first' | 'last' | 'toggle' | 'fullscreen' | 'presenter' | 'qr'

const FLOW_KEYS: Record<string, FlowKeyAction> = {
  ArrowRight: 'next',
  ArrowLeft: 'prev',
  Home: 'first',
  End: 'last',
  ' ': 'toggle',
}

const PRESENTATION_KEYS: Record<string, FlowKeyAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  p: 'presenter',
  P: 'presenter',
  q: 'qr',
  Q: 'qr',
}

export interface KeyLike {
  key: string
  altKey?: boolean
  ctrlKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
}

/**
 * What a key does. In the playground space plays and pauses; in a presentation every clicker key
 * advances one step, as a slide deck does.
 */
export function flowKeyAction(event: KeyLike, presentation: boolean): FlowKeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined
  const table = presentation ? PRESENTATION_KEYS : FLOW_KEYS
  return Object.hasOwn(table, event.key) ? table[event.key] : undefined
}

export interface TargetLike {
  tagName?: string
  type?: string
  isContentEditable?: boolean
  closest?: (selector: string) => unknown
}

/**
 * Whether a key pressed on `target` belongs to it rather than to the flow: everything typed into a
 * field or an editor; space and Enter on a button (they press it); the arrows on a slider (they
 * move it, which seeks anyway).
 */
export function ownsKey(target: TargetLike | null, key: string): boolean {
  if (!target?.tagName) return false
  const tag = target.tagName.toUpperCase()
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (target.closest?.('.monaco-editor, [role="dialog"]')) return true
  if (tag === 'INPUT') return target.type !== 'range' || key.length > 1 || key === ' '
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return key === ' ' || key === 'Enter'
  return false
}
