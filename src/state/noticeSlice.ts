import type { StateCreator } from 'zustand'
import type { AppState } from './store'

/** Something the user should know about what just happened to their scenario. */
export interface Notice {
  /** An i18n key under `notices.` */
  kind:
    | 'link-opened'
    | 'link-opened-kept-work'
    | 'link-redacted'
    | 'link-resigned'
    | 'bad-link'
    | 'link-copied'
    | 'link-private-jwk'
    | 'link-failed'
    | 'autosave-kept-aside'
    | 'autosave-repaired'
    | 'autosave-withheld'
    | 'other-tab'
    | 'private-jwk'
    | 'forgotten'
    | 'engine-error'
    | 'started-over'
  /** Plain text shown as is (e.g. why a link was refused). */
  detail?: string
}

export interface NoticeSlice {
  notice?: Notice
  showNotice: (notice: Notice) => void
  dismissNotice: () => void
}

export const createNoticeSlice: StateCreator<AppState, [], [], NoticeSlice> = (set) => ({
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: undefined }),
})
