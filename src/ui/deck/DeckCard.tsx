import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { useDeckStore } from './deckStore'
import './deck.css'
import { entryPreset, entryTitle } from './titles'

/**
 * A deck scenario's title card: its name, the gallery's one sentence on it, and the verdict, or,
 * with "predict", the question until the speaker reveals the answer.
 */
export function DeckCard() {
  const { t, i18n } = useTranslation()
  const deck = useDeckStore((s) => s.deck)
  const position = useDeckStore((s) => s.position)
  const trace = useAppStore((s) => s.trace)
  const entry = deck?.entries[position.slide]
  if (!deck || !entry) return null
  const exists = (k: string) => i18n.exists(k)
  const whyKey = `scenarios.gallery.presets.${entryPreset(entry) ?? ''}.why`
  const hidden = entry.predict === true && !position.revealed
  const outcome = trace?.outcome
  const verdict =
    outcome === 'denied'
      ? trace?.error
        ? t('deck.card.verdict.denied', { code: trace.error.code })
        : t('deck.card.verdict.deniedNoCode')
      : outcome
        ? t(`deck.card.verdict.${outcome}`)
        : ''
  return (
    <section className="deck-card" data-testid="deck-card" aria-labelledby="deck-card-title">
      {deck.title && <p className="deck-card__deck">{deck.title}</p>}
      <p className="deck-card__count">
        {t('deck.card.count', { n: position.slide + 1, total: deck.entries.length })}
      </p>
      <h2 id="deck-card-title" data-testid="deck-card-title">
        {entryTitle(entry, t, exists)}
      </h2>
      {!hidden && exists(whyKey) && <p className="deck-card__why">{t(whyKey)}</p>}
      {hidden ? (
        <p className="deck-card__predict" data-testid="deck-predict">
          {t('deck.card.predict')}
        </p>
      ) : (
        <p
          className={`deck-card__verdict deck-card__verdict--${outcome ?? 'none'}`}
          data-testid="deck-verdict"
        >
          {verdict}
        </p>
      )}
      <p className="deck-card__hint">
        {hidden ? t('deck.card.revealHint') : t('deck.card.startHint')}
      </p>
    </section>
  )
}
