import { describe, expect, it } from 'vitest'
import { flowKeyAction, ownsKey, type TargetLike } from './keyboard'

describe(flowKeyAction, () => {
  it.each([
    ['ArrowRight', 'next'],
    ['ArrowLeft', 'prev'],
    ['Home', 'first'],
    ['End', 'last'],
    [' ', 'toggle'],
    ['PageDown', undefined],
    ['f', undefined],
  ])('in the playground, %j → %s', (key, action) => {
    expect(flowKeyAction({ key }, false)).toBe(action)
  })

  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowDown', 'next'],
    ['PageUp', 'prev'],
    ['ArrowLeft', 'prev'],
    ['f', 'fullscreen'],
    ['P', 'presenter'],
    ['q', 'qr'],
    ['x', undefined],
  ])('in a presentation, %j → %s (clicker keys advance)', (key, action) => {
    expect(flowKeyAction({ key }, true)).toBe(action)
  })

  it('leaves shortcuts with modifiers to the browser', () => {
    expect(flowKeyAction({ key: 'ArrowRight', altKey: true }, true)).toBeUndefined()
    expect(flowKeyAction({ key: 'f', ctrlKey: true }, true)).toBeUndefined()
    expect(flowKeyAction({ key: 'p', metaKey: true }, true)).toBeUndefined()
  })
})

describe(ownsKey, () => {
  const el = (tagName: string, extra: Partial<TargetLike> = {}): TargetLike => ({
    tagName,
    closest: () => null,
    ...extra,
  })

  it('gives every key typed into a field or an editor to it', () => {
    expect(ownsKey(el('input', { type: 'text' }), 'ArrowRight')).toBe(true)
    expect(ownsKey(el('TEXTAREA'), 'f')).toBe(true)
    expect(ownsKey(el('DIV', { isContentEditable: true }), ' ')).toBe(true)
    expect(ownsKey(el('DIV', { closest: (s) => (s.includes('monaco') ? {} : null) }), 'End')).toBe(
      true,
    )
  })

  it('lets a button keep space and Enter but not the arrows', () => {
    expect(ownsKey(el('BUTTON'), ' ')).toBe(true)
    expect(ownsKey(el('BUTTON'), 'ArrowRight')).toBe(false)
  })

  it('lets a slider keep its navigation keys but not letters', () => {
    expect(ownsKey(el('INPUT', { type: 'range' }), 'ArrowLeft')).toBe(true)
    expect(ownsKey(el('INPUT', { type: 'range' }), 'f')).toBe(false)
  })

  it('gives the page body to the flow', () => {
    expect(ownsKey(el('BODY'), 'ArrowRight')).toBe(false)
    expect(ownsKey(null, 'ArrowRight')).toBe(false)
  })
})
