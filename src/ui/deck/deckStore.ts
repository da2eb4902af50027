/**
 * A talk deck on stage: which scenario is shown, whether its title card is up, whether the
 * predicted verdict was revealed and whether the screen is blanked. The scenario itself lives in
 * the app's store (it is opened from the deck entry's share fragment); the step is its cursor.
 *
 * Moving through a deck: the title card, then the scenario's steps, then the next title card.
 * With "predict", the first press on the card reveals the verdict, the second starts the flow.
 */
import { create } from 'zustand'
import { deckFragment, type Deck, type DeckProblem } from '../../scenarios/share/deck'
import { flowEnd } from '../../state/playbackSlice'
import { useAppStore } from '../../state/store'
import { openSharedScenario } from './openScenario'

export interface DeckPosition {
  slide: number
  /** The scenario's title card is up (before its first step). */
  card: boolean
  /** The predicted verdict is shown on the card. */
  revealed: boolean
  /** The stage is blanked (clicker `b` or `.`). */
  blank: boolean
}

export interface DeckState {
  deck?: Deck
  position: DeckPosition
  /** Which entry the app's store holds (undefined while none). */
  loaded?: number
  /** Moves in progress: while one runs, intermediate states are not announced. */
  busy: number
  /** A deck link that could not be opened (the page shows a notice and the plain stage). */
  problem?: { reason: DeckProblem; entry?: number }
  /** The deck scenario could not be opened. */
  failed?: number
}

const START: DeckPosition = { slide: 0, card: true, revealed: false, blank: false }

export const useDeckStore = create<DeckState>(() => ({ position: START, busy: 0 }))

const deckState = () => useDeckStore.getState()

/** Keeps the page's URL on the deck and its current scenario (replaceState: no history entries). */
function writeUrl(deck: Deck, slide: number) {
  const url = new URL(window.location.href)
  url.hash = deckFragment(deck, slide)
  if (url.toString() !== window.location.href)
    window.history.replaceState(window.history.state, '', url.toString())
}

/**
 * Starts a deck at `slide`. `opened`: the page already opened that scenario from its link (the
 * page's fragment carries it next to the deck). `step`: a step to land on (a reload mid-talk).
 */
export async function startDeck(
  deck: Deck,
  slide: number,
  opened: boolean,
  step?: number,
): Promise<void> {
  useDeckStore.setState({
    deck,
    position: { ...START, slide, card: step === undefined },
    loaded: opened ? slide : undefined,
  })
  if (!opened) await goTo({ slide, card: step === undefined, step: step ?? 0 })
  else writeUrl(deck, slide)
}

export interface DeckTarget extends Partial<DeckPosition> {
  slide: number
  /** The step to seek to: an index, or the scenario's last reachable step. */
  step?: number | 'end'
}

let queue: Promise<void> = Promise.resolve()

/** Moves the deck (one move at a time: a second waits for the first to finish). */
export function goTo(target: DeckTarget): Promise<void> {
  const run = queue.then(() => move(target))
  queue = run.catch(() => undefined)
  return run
}

async function move(target: DeckTarget): Promise<void> {
  const { deck, position, loaded } = deckState()
  if (!deck) return
  const slide = Math.min(Math.max(0, target.slide), deck.entries.length - 1)
  const entry = deck.entries[slide]!
  useDeckStore.setState((s) => ({ busy: s.busy + 1 }))
  try {
    let ok = true
    if (loaded !== slide) {
      ok = await openSharedScenario(entry.fragment)
      useDeckStore.setState({ loaded: slide, failed: ok ? undefined : slide })
    }
    const app = useAppStore.getState()
    if (target.step !== undefined) {
      app.seek(target.step === 'end' ? flowEnd(app.trace?.steps ?? []) : target.step)
    } else if (loaded !== slide) app.seek(0)
    if (app.playing) app.setPlaying(false)
    const changed = slide !== position.slide
    const next: DeckPosition = {
      slide,
      card: target.card ?? position.card,
      revealed: target.revealed ?? (changed ? false : position.revealed),
      blank: target.blank ?? position.blank,
    }
    writeUrl(deck, slide)
    useDeckStore.setState((s) => ({ position: next, busy: s.busy - 1 }))
  } catch {
    useDeckStore.setState((s) => ({ busy: s.busy - 1 }))
  }
}

/** The cursor of the scenario on stage: its step and last reachable step. */
function cursor() {
  const app = useAppStore.getState()
  const end = flowEnd(app.trace?.steps ?? [])
  return { index: Math.min(Math.max(0, app.stepIndex), end), end }
}

/** One step forward: card → (reveal) → steps → the next scenario's card. */
export function deckNext(): void {
  const { deck, position } = deckState()
  if (!deck) return
  const entry = deck.entries[position.slide]
  if (position.card) {
    if (entry?.predict && !position.revealed) void goTo({ slide: position.slide, revealed: true })
    else void goTo({ slide: position.slide, card: false, step: 0 })
    return
  }
  const { index, end } = cursor()
  if (index < end) useAppStore.getState().stepForward()
  else if (position.slide < deck.entries.length - 1)
    void goTo({ slide: position.slide + 1, card: true })
}

/** One step back: steps → the card → the previous scenario's last step. */
export function deckPrev(): void {
  const { deck, position } = deckState()
  if (!deck) return
  if (position.card) {
    if (position.slide > 0) void goTo({ slide: position.slide - 1, card: false, step: 'end' })
    return
  }
  const { index } = cursor()
  if (index > 0) useAppStore.getState().stepBack()
  else void goTo({ slide: position.slide, card: true })
}

/** The previous or next scenario's title card. */
export function deckScenario(delta: -1 | 1): void {
  const { deck, position } = deckState()
  if (!deck) return
  const slide = position.slide + delta
  if (slide < 0 || slide >= deck.entries.length) return
  void goTo({ slide, card: true })
}

export function toggleBlank(): void {
  const { deck, position } = deckState()
  if (!deck) return
  void goTo({ slide: position.slide, blank: !position.blank })
}

export function reveal(): void {
  const { deck, position } = deckState()
  if (deck) void goTo({ slide: position.slide, revealed: true })
}

/** Edits the deck in place (speaker notes, the target length): the URL follows. */
export function editDeck(change: (deck: Deck) => Deck): void {
  const { deck, position } = deckState()
  if (!deck) return
  const next = change(deck)
  useDeckStore.setState({ deck: next })
  writeUrl(next, position.slide)
}
