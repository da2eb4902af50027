import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { deckFragment } from '../../scenarios/share/deck'
import { viewUrl } from '../presentation/links'
import { editDeck, goTo, reveal, toggleBlank, useDeckStore } from './deckStore'
import { entryTitle } from './titles'
import './deck.css'

/** The deck's stage link (the presenter's own address, in the stage view). */
function stageLink(): string {
  const { deck, position } = useDeckStore.getState()
  const url = new URL(viewUrl(window.location.href, 'present'))
  url.searchParams.delete('step')
  if (deck) url.hash = deckFragment(deck, position.slide)
  return url.toString()
}

/**
 * The presenter's side of a deck: the speaker's notes for this scenario (editable: the link
 * carries them), the reveal of a predicted verdict, blanking the screen, the scenarios in order
 * (any one a click away) and the deck's link.
 */
export function DeckPresenter() {
  const { t, i18n } = useTranslation()
  const deck = useDeckStore((s) => s.deck)
  const position = useDeckStore((s) => s.position)
  const [copied, setCopied] = useState(false)
  const entry = deck?.entries[position.slide]
  if (!deck || !entry) return null
  const exists = (k: string) => i18n.exists(k)
  const hidden = position.card && entry.predict === true && !position.revealed
  return (
    <section className="presenter__deck" aria-labelledby="presenter-deck">
      <h2 id="presenter-deck">{t('deck.presenter.deck')}</h2>
      {position.card && (
        <p className="presenter__card" data-testid="presenter-card">
          {t('deck.presenter.card', { title: entryTitle(entry, t, exists) })}
        </p>
      )}
      {hidden && (
        <p>
          {t('deck.presenter.predictHidden')}{' '}
          <button type="button" onClick={reveal} data-testid="presenter-reveal">
            {t('deck.presenter.reveal')}
          </button>
        </p>
      )}
      <label className="presenter__deck-notes">
        <span>{t('deck.presenter.notes')}</span>
        <textarea
          data-testid="deck-notes"
          rows={4}
          value={entry.notes ?? ''}
          onChange={(event) => {
            const notes = event.target.value
            editDeck((d) => ({
              ...d,
              entries: d.entries.map((e, i) => (i === position.slide ? { ...e, notes } : e)),
            }))
          }}
        />
      </label>
      <div className="presenter__deck-tools">
        <button type="button" onClick={toggleBlank} aria-pressed={position.blank}>
          {position.blank ? t('deck.presenter.unblank') : t('deck.presenter.blank')}
        </button>
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(stageLink()).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }}
        >
          {t('deck.presenter.copy')}
        </button>
        {copied && <span role="status">{t('deck.presenter.copied')}</span>}
      </div>
      <ol className="presenter__deck-list" data-testid="presenter-deck-list">
        {deck.entries.map((e, i) => (
          <li key={i}>
            <button
              type="button"
              aria-current={i === position.slide ? 'step' : undefined}
              onClick={() => void goTo({ slide: i, card: true })}
            >
              {entryTitle(e, t, exists)}
            </button>
          </li>
        ))}
      </ol>
    </section>
  )
}
