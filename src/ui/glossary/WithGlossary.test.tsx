// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { initI18n, loadPanelMessages } from '../../i18n'
import { WithGlossary } from './WithGlossary'

beforeAll(async () => {
  await (await initI18n()).changeLanguage('en')
  await loadPanelMessages()
})
afterEach(cleanup)

describe('WithGlossary', () => {
  it('shows the text as text, each term a button that opens its entry', () => {
    // Given / When
    const { container } = render(
      <p>
        <WithGlossary text="STS fetches the JWKS <script>alert(1)</script>" />
      </p>,
    )
    // Then
    const visible = container.cloneNode(true) as HTMLElement
    visible.querySelectorAll('[popover]').forEach((p) => p.remove())
    expect(visible.textContent).toBe('STS fetches the JWKS <script>alert(1)</script>')
    expect(container.querySelector('script')).toBeNull()
    const jwks = screen.getByRole('button', { name: 'JWKS' })
    const popover = document.getElementById(jwks.getAttribute('popovertarget') ?? '')
    expect(popover?.getAttribute('aria-label')).toBe('Glossary: JWKS (JSON Web Key Set)')
    expect(popover?.textContent).toContain('The issuer’s public keys as JSON')
    expect(screen.getAllByRole('button', { name: /^(STS|JWKS)$/ })).toHaveLength(2)
  })
})
