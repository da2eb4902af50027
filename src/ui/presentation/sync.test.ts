import { describe, expect, it } from 'vitest'
import { connectSync, readSyncMessage, type ChannelLike, type SyncMessage } from './sync'

/** BroadcastChannel semantics: a message reaches every other channel of the same name. */
function fakeBus() {
  const channels: (ChannelLike & { sent: SyncMessage[] })[] = []
  const open = () => {
    const channel: ChannelLike & { sent: SyncMessage[] } = {
      sent: [],
      onmessage: null,
      postMessage(message) {
        channel.sent.push(message)
        for (const other of channels) if (other !== channel) other.onmessage?.({ data: message })
      },
      close() {
        channels.splice(channels.indexOf(channel), 1)
      },
    }
    channels.push(channel)
    return channel
  }
  return { open, channels }
}

function fakeCursor(start = 0, max = 10) {
  let index = start
  const listeners = new Set<(i: number) => void>()
  return {
    getIndex: () => index,
    seek(i: number) {
      const next = Math.min(Math.max(0, i), max)
      if (next === index) return
      index = next
      for (const l of listeners) l(index)
    },
    subscribe(listener: (i: number) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

describe(connectSync, () => {
  it('a newcomer says hello and jumps to the step of the window already open', () => {
    const bus = fakeBus()
    const main = fakeCursor(5)
    connectSync(bus.open(), main, 'main')
    const presenter = fakeCursor(0)
    connectSync(bus.open(), presenter, 'presenter')
    expect(presenter.getIndex()).toBe(5)
  })

  it('moves both ways without echoing a remote step back', () => {
    const bus = fakeBus()
    const main = fakeCursor()
    const mainChannel = bus.open()
    connectSync(mainChannel, main, 'main', false)
    const presenter = fakeCursor()
    const presenterChannel = bus.open()
    connectSync(presenterChannel, presenter, 'presenter', false)

    main.seek(3)
    expect(presenter.getIndex()).toBe(3)
    presenter.seek(4)
    expect(main.getIndex()).toBe(4)
    expect(mainChannel.sent).toEqual([{ type: 'step', index: 3, from: 'main' }])
    expect(presenterChannel.sent).toEqual([{ type: 'step', index: 4, from: 'presenter' }])
  })

  it('stops listening and closes the channel when disconnected', () => {
    const bus = fakeBus()
    const main = fakeCursor()
    const disconnect = connectSync(bus.open(), main, 'main', false)
    const other = bus.open()
    disconnect()
    other.postMessage({ type: 'step', index: 2, from: 'x' })
    expect(main.getIndex()).toBe(0)
    expect(bus.channels).toHaveLength(1)
  })
})

describe(readSyncMessage, () => {
  it.each([
    [
      { type: 'step', index: 2, from: 'a' },
      { type: 'step', index: 2, from: 'a' },
    ],
    [
      { type: 'hello', from: 'a' },
      { type: 'hello', from: 'a' },
    ],
    [{ type: 'step', index: 2, from: 'me' }, undefined],
    [{ type: 'step', index: -1, from: 'a' }, undefined],
    [{ type: 'step', index: '2', from: 'a' }, undefined],
    ['step', undefined],
    [null, undefined],
  ])('%j → %j', (data, expected) => {
    expect(readSyncMessage(data, 'me')).toEqual(expected)
  })
})
