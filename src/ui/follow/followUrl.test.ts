import { describe, expect, it } from 'vitest'
import { followUrl, playgroundUrl } from './followUrl'

describe('follow links', () => {
  it('opens the follow view on the scenario and step on stage, nothing else of the page', () => {
    expect(
      followUrl(
        'https://lab.example/irsa/?view=present&step=3#deck=XYZ&d=1&p=x',
        'p=wrong-namespace',
        7,
      ),
    ).toBe('https://lab.example/irsa/?view=follow&step=7#p=wrong-namespace')
    expect(followUrl('http://127.0.0.1:5173/embed.html?view=embed', 's=AbC+-$', 0)).toBe(
      'http://127.0.0.1:5173/?view=follow&step=0#s=AbC+-$',
    )
  })

  it('links an embed back to the playground with the same scenario', () => {
    expect(playgroundUrl('https://lab.example/embed.html?view=embed&step=2#p=a', 'p=a')).toBe(
      'https://lab.example/?step=2#p=a',
    )
  })
})
