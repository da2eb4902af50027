/**
 * The app's one store, built from slices (zustand slices pattern). Components read it with narrow
 * selectors. The trace is recomputed in exactly one place (traceSlice.runSimulation).
 *
 * The autosave goes through the one storage module (./storage: never throws, a visible "not
 * saved" state) and its document is ./autosave (private parts withheld by default, the undo
 * history memory-only, damaged documents kept aside with a notice). Another tab's newer work is
 * taken over, with this tab's own version one Undo away (never overwritten silently).
 */
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { loadYamlLibrary } from '../engine/text'
import { canRedactPodNow, redactPod, stripPrivateJwk } from '../scenarios/privacy'
import {
  AUTOSAVE_VERSION,
  autosavedState,
  isWaitingAutosave,
  migrateAutosave,
  readAutosave,
  type AutosavedState,
} from './autosave'
import { isEditing } from './editWrites'
import { createHistorySlice, HISTORY_LIMIT, type HistorySlice } from './historySlice'
import { createNoticeSlice, type NoticeSlice } from './noticeSlice'
import { createPlaybackSlice, type PlaybackSlice } from './playbackSlice'
import { createPreferencesSlice, type PreferencesSlice } from './preferencesSlice'
import { createScenarioSlice, type ScenarioSlice } from './scenarioSlice'
import { createSelectionSlice, type SelectionSlice } from './selectionSlice'
import { draftSize, ENGINE_WORKER_THRESHOLD } from './engineWorker/threshold'
import {
  appStateStorage,
  onOtherTabWrite,
  useStorageStatus,
  writeWhenIdle,
  WRITE_PAUSE_MS,
} from './storage'
import { STORAGE_KEY } from './storageKey'
import { createTraceSlice, verdictPublished, type TraceSlice } from './traceSlice'

export type AppState = ScenarioSlice &
  HistorySlice &
  NoticeSlice &
  TraceSlice &
  SelectionSlice &
  PlaybackSlice &
  PreferencesSlice

const jsonStorage = createJSONStorage<AutosavedState>(() => appStateStorage)!
/**
 * The document last handed to the storage. The persist middleware writes on every change of the
 * store (a run starting, a trace, a selection…), but the document is memoized per draft
 * (`autosavedState`): the very same object was already serialised and written, unless that write
 * failed (then every change retries, as before).
 */
let lastDocument: AutosavedState | undefined
/** A write waits for the YAML library (see `isWaitingAutosave`): one rewrite when it is there. */
let rewriteWaiting = false

/**
 * The autosave's storage. Written when the browser is idle (and always before the page goes
 * away), not inside the input handler (issue #15: no input blocks input handling for more than
 * 200 ms; issue #18: the keystroke → verdict path does no autosave work):
 * - a keystroke's edit (`asEdit`), once typing pauses (`WRITE_PAUSE_MS`);
 * - any change of a scenario large enough for the engine worker;
 * - the scenario a page opens with, until its first verdict is published (issue #18: its
 *   serialisation and write no longer run inside the first run).
 * Others at once (a write at once also drops an older one still waiting: `writeItem`). A pod with
 * values to redact waits for the YAML library that reads it (`isWaitingAutosave`).
 */
const autosaveStorage: typeof jsonStorage = {
  ...jsonStorage,
  setItem: (name, value) => {
    if (isWaitingAutosave(value.state)) {
      // Written once the YAML library can redact the pod (a set with no change writes anew).
      if (!rewriteWaiting) {
        rewriteWaiting = true
        loadYamlLibrary()
          .then(
            () => useAppStore.setState({}),
            () => undefined, // offline: the next change asks again
          )
          .finally(() => (rewriteWaiting = false))
      }
      return
    }
    if (value.state === lastDocument && !useStorageStatus.getState().problem) return
    lastDocument = value.state
    const editing = isEditing()
    return editing ||
      !verdictPublished() ||
      (value.state.draft && draftSize(value.state.draft) > ENGINE_WORKER_THRESHOLD)
      ? writeWhenIdle(name, () => JSON.stringify(value), editing ? { pauseMs: WRITE_PAUSE_MS } : {})
      : jsonStorage.setItem(name, value)
  },
  removeItem: (name) => {
    lastDocument = undefined
    return jsonStorage.removeItem(name)
  },
}

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createScenarioSlice(...a),
      ...createHistorySlice(...a),
      ...createNoticeSlice(...a),
      ...createTraceSlice(...a),
      ...createSelectionSlice(...a),
      ...createPlaybackSlice(...a),
      ...createPreferencesSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: AUTOSAVE_VERSION,
      storage: autosaveStorage,
      // Autosave: the user's work and preferences, private parts withheld unless remembered; the
      // trace is always recomputed and the undo history stays in memory.
      partialize: (s) => autosavedState(s),
      migrate: (persisted, version) => migrateAutosave(persisted, version) as AutosavedState,
      merge: (persisted, current) => {
        const { state, notice } = readAutosave(persisted)
        return { ...current, ...state, ...(notice ? { notice } : {}) }
      },
    },
  ),
)

/** The last draft taken over from another tab (typing there does not fill this tab's undo). */
let adopted: AppState['draft']

onOtherTabWrite((key, value) => {
  if (key !== STORAGE_KEY || value === null) return
  const own = useAppStore.getState().draft
  // Comparing with this tab's pod may read it (redactPod): with the YAML library, loaded on first
  // need. The newest write is read again then.
  if (own && !canRedactPodNow(own.pod)) {
    loadYamlLibrary().then(
      () => adoptOtherTabWrite(appStateStorage.getItem(STORAGE_KEY)),
      () => undefined,
    )
    return
  }
  adoptOtherTabWrite(value)
})

/** Takes over what another tab autosaved (the page shows the same work in every tab). */
function adoptOtherTabWrite(value: string | null) {
  if (value === null) return
  let persisted: unknown
  try {
    const parsed = JSON.parse(value) as { state?: unknown; version?: unknown }
    persisted = migrateAutosave(
      parsed.state,
      typeof parsed.version === 'number' ? parsed.version : 0,
    )
  } catch {
    return
  }
  const { state } = readAutosave(persisted)
  const current = useAppStore.getState()
  const withheld = (persisted as Partial<AutosavedState> | undefined)?.withheld
  // What the other tab withheld from the autosave is not theirs to erase here: when the rest
  // matches, this tab's real token and pod stay.
  if (state.draft && current.draft && withheld?.token)
    state.draft = { ...state.draft, token: current.draft.token }
  if (
    state.draft &&
    current.draft &&
    withheld?.podValues &&
    redactPod(current.draft.pod).pod === state.draft.pod
  )
    state.draft = { ...state.draft, pod: current.draft.pod }
  if (!state.draft || JSON.stringify(state.draft) === JSON.stringify(current.draft)) return
  // This tab's own version stays one Undo away, unless it is what it last took over. One update
  // (a separate checkpoint would first write this tab's older version over the newer one).
  const keep =
    current.draft && current.draft !== adopted
      ? {
          draft: current.draft,
          presetId: current.presetId,
          ...(current.signingKey ? { signingKey: current.signingKey } : {}),
        }
      : undefined
  adopted = state.draft
  useAppStore.setState((s) => ({
    draft: state.draft,
    ...(state.signingKey ? { signingKey: state.signingKey } : {}),
    ...(keep ? { past: [...s.past, keep].slice(-HISTORY_LIMIT), future: [] } : {}),
    notice: { kind: 'other-tab' },
  }))
  void useAppStore.getState().runSimulation()
}

// A pasted private key: its private members are never stored, linked or exported; say so once.
useAppStore.subscribe((s, previous) => {
  if (!s.draft || s.draft.jwks === previous.draft?.jwks) return
  if (stripPrivateJwk(s.draft.jwks).stripped && s.notice?.kind !== 'private-jwk')
    s.showNotice({ kind: 'private-jwk' })
})
