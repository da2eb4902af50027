import { useTranslation } from '../../i18n/useTranslation'
import { useDeckStore } from './deckStore'
import './deck.css'

/** Why a deck link could not be opened (the plain stage shows instead); never a blank page. */
export function DeckNotice() {
  const { t } = useTranslation()
  const problem = useDeckStore((s) => s.problem)
  if (!problem) return null
  const reason = t(`deck.bad.${problem.reason}`, { n: (problem.entry ?? 0) + 1 })
  return (
    <div className="deck-notice" role="alert" data-testid="deck-notice">
      <p>{t('deck.bad.intro', { reason })}</p>
      <button type="button" onClick={() => useDeckStore.setState({ problem: undefined })}>
        {t('deck.bad.dismiss')}
      </button>
    </div>
  )
}
