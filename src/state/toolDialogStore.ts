import { create } from 'zustand'

/** The toolbar's modal tools: each opens a dialog of its own. */
export type ToolDialog = 'import' | 'export' | 'audit' | 'podIdentity'

export interface ToolDialogState {
  /** The tool dialog that is open, if any (one at a time: each is modal). */
  open?: ToolDialog
  show: (dialog: ToolDialog) => void
  close: () => void
}

/**
 * Which of the toolbar's tool dialogs is open. The buttons are on the first screen; the dialogs
 * load after the verdict: a click before they arrive is kept here and opens the dialog then.
 */
export const useToolDialogStore = create<ToolDialogState>()((set) => ({
  show: (open) => set({ open }),
  close: () => set({ open: undefined }),
}))
