import type { StateCreator } from 'zustand'
import type { Scenario } from '../engine'
import { draftFromScenario, type ScenarioDraft } from '../scenarios/draft'
import { DEFAULT_PRESET_ID } from '../scenarios/presets/ids'
import { useChallengeStore } from './challengeStore'
import { asEdit } from './editWrites'
import type { AppState } from './store'

/** A generated cluster key: kept so claims can be re-signed on request (never silently). */
export interface SigningKey {
  alg: 'RS256' | 'ES256'
  kid: string
  privateJwk: object
  publicJwk: object
}

export interface ScenarioSlice {
  /** Undefined until the first scenario is loaded. */
  draft?: ScenarioDraft
  /** The gallery preset the scenario started from: share links store only what differs from it. */
  presetId: string
  /** The key that signed the token, when the token was generated here. */
  signingKey?: SigningKey
  /** Set when the user re-signed edited claims: the UI says so until the next generation. */
  resignedAt?: string
  /**
   * The user chose to keep this scenario's private parts (a real token, pod env values and
   * annotations) on this device; off for every new scenario.
   */
  remember: boolean
  setRemember: (remember: boolean) => void
  /** Edits some fields; the trace follows after a short debounce. */
  editDraft: (patch: Partial<ScenarioDraft>) => void
  /** Replaces the whole scenario (default, gallery, link); undoable; the trace follows at once. */
  loadScenario: (scenario: Scenario, signingKey?: SigningKey, presetId?: string) => void
  /** The same, from editor texts (share links). */
  loadDraft: (draft: ScenarioDraft, signingKey?: SigningKey, presetId?: string) => void
  /** A scenario-level edit (a fix button, an experiment): undoable, the trace follows at once. */
  applyChange: (patch: Partial<ScenarioDraft>) => void
  /** Replaces the token and, when it was signed with a new key, the key (e.g. re-sign, generate). */
  setToken: (
    token: string,
    options?: { signingKey?: SigningKey; resigned?: boolean; jwks?: string },
  ) => void
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  presetId: DEFAULT_PRESET_ID,
  remember: false,
  setRemember: (remember) => set({ remember }),
  editDraft(patch) {
    const draft = get().draft
    if (!draft) return
    asEdit(() => set({ draft: { ...draft, ...patch } }))
    get().scheduleSimulation()
  },
  loadScenario(scenario, signingKey, presetId) {
    get().loadDraft(draftFromScenario(scenario), signingKey, presetId)
  },
  loadDraft(draft, signingKey, presetId = DEFAULT_PRESET_ID) {
    get().checkpoint()
    // Another scenario: a started challenge no longer grades it (startChallenge marks its own
    // scenario started right after loading it).
    useChallengeStore.getState().endStarted()
    set({
      draft,
      signingKey,
      presetId,
      resignedAt: undefined,
      remember: false,
      selectedStepId: undefined,
      stepIndex: 0,
    })
    void get().runSimulation()
  },
  applyChange(patch) {
    const draft = get().draft
    if (!draft) return
    get().checkpoint()
    set({ draft: { ...draft, ...patch } })
    void get().runSimulation()
  },
  setToken(token, options = {}) {
    const draft = get().draft
    if (!draft) return
    const next: ScenarioDraft = {
      ...draft,
      token,
      ...(options.jwks !== undefined ? { jwks: options.jwks } : {}),
    }
    set({
      draft: next,
      ...(options.signingKey ? { signingKey: options.signingKey } : {}),
      resignedAt: options.resigned ? new Date().toISOString() : undefined,
    })
    void get().runSimulation()
  },
})
