/**
 * The debugger's small store (issue #16): whether "Start from an error" is open, and the proof of
 * the error a scenario was reproduced from. The proof holds for the token it was reproduced with:
 * loading another scenario (another token) ends it; editing the trust policy does not (what the
 * error proved about the token still holds).
 */
import { create } from 'zustand'

export interface ScenarioProof {
  /** The rule of src/scenarios/triage/proven.ts and the error code it matched. */
  ruleId: string
  code: string
  /** The engine step ids the error proves passed. */
  steps: readonly string[]
  /** The token of the reproduced scenario. */
  token: string
}

export interface TriageState {
  open: boolean
  proof?: ScenarioProof
  openTriage: () => void
  closeTriage: () => void
  setProof: (proof: ScenarioProof | undefined) => void
}

export const useTriageStore = create<TriageState>()((set) => ({
  open: false,
  openTriage: () => set({ open: true }),
  closeTriage: () => set({ open: false }),
  setProof: (proof) => set({ proof }),
}))
