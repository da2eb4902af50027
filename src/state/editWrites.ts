/**
 * Whether the store change being written is a keystroke's edit (`editDraft`). The autosave of an
 * edit is serialised and written when the browser is idle (and before the page goes away), not in
 * the keystroke's input handler: typing writes once when it pauses. Other changes (a new scenario,
 * a fix, a setting) are written at once, as before.
 */
let editing = false

/** Runs `change` (a store update) as a keystroke's edit. */
export function asEdit(change: () => void): void {
  editing = true
  try {
    change()
  } finally {
    editing = false
  }
}

/** True while an edit's store update runs (read by the autosave's storage). */
export const isEditing = (): boolean => editing
