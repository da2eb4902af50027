// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import * as s from '../../scenarios/import/testing/samples'
import { useAppStore } from '../../state/store'
import { initI18n, loadPanelMessages } from '../../i18n'
import { ImportPanel } from './ImportPanel'

beforeAll(async () => {
  localStorage.setItem('irsa-lab.language', 'en')
  await (await initI18n()).changeLanguage('en')
  await loadPanelMessages()
})
afterEach(cleanup)

describe(ImportPanel, () => {
  it('lists what a paste holds and applies it only on the click', async () => {
    const applyChange = vi.fn()
    useAppStore.setState({ applyChange })
    render(<ImportPanel />)
    fireEvent.change(screen.getByLabelText('Tool output'), {
      target: { value: `${s.GET_ROLE}\n${s.JWKS}` },
    })
    expect(await screen.findByText(/IAM role photo-uploader/)).toBeTruthy()
    expect(screen.getByText(/JWKS with 1 key/)).toBeTruthy()
    expect(applyChange).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Apply to the scenario' }))
    expect(applyChange).toHaveBeenCalledWith(
      expect.objectContaining({ roleName: 'photo-uploader', accountId: s.ACCOUNT, jwks: s.JWKS }),
    )
    expect(screen.getByText(/^Applied: JWKS, Account ID, Role name/)).toBeTruthy()
    // What is still missing no longer lists the role or the keys.
    const missing = screen.getByRole('heading', { name: /Still missing/ }).parentElement
    expect(missing?.querySelector('[data-missing="role"]')).toBeNull()
    expect(missing?.querySelector('[data-missing="token"]')).not.toBeNull()
  })

  it('says what it could not read, and offers nothing to apply', async () => {
    render(<ImportPanel />)
    fireEvent.change(screen.getByLabelText('Tool output'), { target: { value: 'total 0' } })
    expect(await screen.findByText('Not recognised: total 0')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Apply to the scenario' })).toHaveProperty(
      'disabled',
      true,
    )
  })
})
