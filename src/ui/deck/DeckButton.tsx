import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import './deck.css'

const DeckBuilder = lazy(() => import('./DeckBuilder').then((m) => ({ default: m.DeckBuilder })))

/** Next to "Present" in the playground: builds a talk deck starting from the current scenario. */
export function DeckButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button
        type="button"
        className="flow__deck"
        onClick={() => setOpen(true)}
        title={t('deck.builder.openHint')}
        data-testid="open-deck-builder"
      >
        {t('deck.builder.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DeckBuilder onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
