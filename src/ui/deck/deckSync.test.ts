import { describe, expect, it } from 'vitest'
import {
  connectDeckSync,
  readDeckMessage,
  type DeckChannelLike,
  type DeckMessage,
  type DeckSnapshot,
} from './deckSync'

/** Channels of one "browser": a message posted on one reaches every other, never itself. */
function bus() {
  const channels: FakeChannel[] = []
  class FakeChannel implements DeckChannelLike {
    onmessage: ((event: { data: unknown }) => void) | null = null
    constructor() {
      channels.push(this)
    }
    postMessage(message: DeckMessage) {
      for (const c of channels) if (c !== this) c.onmessage?.({ data: structuredClone(message) })
    }
    close() {
      channels.splice(channels.indexOf(this), 1)
    }
  }
  return () => new FakeChannel()
}

const at = (slide: number, step: number, extra: Partial<DeckSnapshot['position']> = {}) => ({
  position: { slide, card: false, revealed: false, blank: false, ...extra },
  step,
  fragment: `p=s${slide}`,
})

/** A window's deck: applies remote positions at once (or after `delay` ticks, like a load). */
function window_(initial: DeckSnapshot, delay = 0) {
  let state: DeckSnapshot = initial
  const listeners = new Set<() => void>()
  const applied: DeckSnapshot[] = []
  return {
    get state() {
      return state
    },
    applied,
    move(next: DeckSnapshot) {
      state = next
      for (const l of listeners) l()
    },
    target: {
      snapshot: () => state,
      apply: async (s: DeckSnapshot) => {
        for (let i = 0; i < delay; i++) await Promise.resolve()
        applied.push(s)
        state = s
        for (const l of listeners) l()
      },
      subscribe: (l: () => void) => {
        listeners.add(l)
        return () => listeners.delete(l)
      },
    },
  }
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

describe('deck sync', () => {
  it('moves the other window to the scenario and step, without echoing it back', async () => {
    const open = bus()
    const stage = window_(at(0, 0))
    const presenter = window_(at(0, 0))
    connectDeckSync(open(), stage.target, 'stage')
    connectDeckSync(open(), presenter.target, 'presenter')
    presenter.move(at(1, 0, { card: true }))
    await settle()
    expect(stage.state).toEqual(at(1, 0, { card: true }))
    expect(stage.applied).toHaveLength(1)
    stage.move(at(1, 3))
    await settle()
    expect(presenter.state).toEqual(at(1, 3))
    // No ping-pong: each window applied exactly what the other announced, once.
    expect(presenter.applied).toEqual([at(1, 3)])
    expect(stage.applied).toEqual([at(1, 0, { card: true })])
  })

  it('a newcomer asks and lands where the others are; a listener never moves them', async () => {
    const open = bus()
    const stage = window_(at(2, 5, { blank: true }))
    connectDeckSync(open(), stage.target, 'stage')
    const follow = window_(at(0, 0))
    connectDeckSync(open(), follow.target, 'phone', true)
    await settle()
    expect(follow.state).toEqual(at(2, 5, { blank: true }))
    follow.move(at(0, 1))
    await settle()
    expect(stage.state).toEqual(at(2, 5, { blank: true }))
  })

  it('a slow scenario load ends on the latest position, not every one in between', async () => {
    const open = bus()
    const stage = window_(at(0, 0))
    const presenter = window_(at(0, 0), 5)
    connectDeckSync(open(), stage.target, 'stage')
    connectDeckSync(open(), presenter.target, 'presenter')
    stage.move(at(1, 0))
    stage.move(at(1, 1))
    stage.move(at(2, 4))
    await settle()
    await settle()
    expect(presenter.state).toEqual(at(2, 4))
    expect(presenter.applied.length).toBeLessThan(3)
  })

  it('reads only well-formed messages from other windows', () => {
    const good = { type: 'deck-position', from: 'a', ...at(1, 2) }
    expect(readDeckMessage(good, 'b')).toEqual(good)
    expect(readDeckMessage(good, 'a')).toBeUndefined()
    for (const bad of [
      null,
      'deck-position',
      { ...good, step: -1 },
      { ...good, step: 1.5 },
      { ...good, fragment: 3 },
      { ...good, position: { ...good.position, slide: '1' } },
      { ...good, position: { ...good.position, blank: 'yes' } },
      { ...good, position: null },
      { ...good, type: 'step' },
      { type: 'deck-hello' },
    ])
      expect(readDeckMessage(bad, 'b'), JSON.stringify(bad)).toBeUndefined()
    expect(readDeckMessage({ type: 'deck-hello', from: 'a' }, 'b')).toEqual({
      type: 'deck-hello',
      from: 'a',
    })
  })
})
