import type { StateCreator } from 'zustand'
import type { Scenario } from '../engine'
import { draftFromScenario, type ScenarioDraft } from '../scenarios/draft'
import { DEFAULT_PRESET_ID } from '../scenarios/presets'
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
  /** Edits some fields; the trace follows after a short debounce. */
  editDraft: (patch: Partial<ScenarioDraft>) => void
  /** Replaces the whole scenario (default, gallery, link, generator); the trace follows at once. */
  loadScenario: (scenario: Scenario, signingKey?: SigningKey, presetId?: string) => void
  /** Replaces the token and, when it was signed with a new key, the key (e.g. re-sign, generate). */
  setToken: (
    token: string,
    options?: { signingKey?: SigningKey; resigned?: boolean; jwks?: string },
  ) => void
}

export const createScenarioSlice: StateCreator<AppState, [], [], ScenarioSlice> = (set, get) => ({
  presetId: DEFAULT_PRESET_ID,
  editDraft(patch) {
    const draft = get().draft
    if (!draft) return
    set({ draft: { ...draft, ...patch } })
    get().scheduleSimulation()
  },
  loadScenario(scenario, signingKey) {
    set({
      draft: draftFromScenario(scenario),
      signingKey,
      resignedAt: undefined,
      selectedStepId: undefined,
    })
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
