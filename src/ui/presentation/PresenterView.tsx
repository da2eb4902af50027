import { useTranslation } from '../../i18n/useTranslation'
import { Countdown } from '../deck/Countdown'
import { DeckNotice } from '../deck/DeckNotice'
import { DeckPresenter } from '../deck/DeckPresenter'
import { useDeckStore } from '../deck/deckStore'
import { useDeckKeyboard } from '../deck/useDeckKeyboard'
import { useDeckSync } from '../deck/useDeckSync'
import { kindKey, sentenceKey } from '../flow/copy'
import { FlowControls } from '../flow/FlowControls'
import { FlowStage } from '../flow/FlowStage'
import { useFlowCursor } from '../flow/hooks'
import { useFlowKeyboard } from '../flow/useFlowKeyboard'
import { Timer } from './Timer'
import { usePresentationSync } from './usePresentationSync'
import { useScenarioTitle } from './useScenarioTitle'

/**
 * The presenter's window: speaker notes for the current step, what comes next, a timer and a small
 * copy of the diagram. Moving here moves the audience's window, and the other way round. With a
 * deck: the scenario follows too, the speaker's own notes per scenario, the countdown to the
 * talk's target length, reveal and blank.
 */
export function PresenterView() {
  const { t, i18n } = useTranslation()
  const { trace, steps, index, end, current } = useFlowCursor()
  const deck = useDeckStore((s) => s.deck)
  const title = useScenarioTitle()
  usePresentationSync(!deck)
  useDeckSync(deck !== undefined)
  useDeckKeyboard()
  useFlowKeyboard(true)
  if (!trace || !current) return null
  const exists = (k: string) => i18n.exists(k)
  const next = index < end ? steps[index + 1] : undefined
  const key = kindKey(current.kind, exists)
  return (
    <main
      className="presenter"
      aria-labelledby="presenter-title"
      data-testid="presenter"
      data-scenario={title}
    >
      <header className="presenter__header">
        <h1 id="presenter-title">
          {t('flow.presentation.presenter')} · <span data-testid="presenter-scenario">{title}</span>
        </h1>
        {deck?.minutes ? <Countdown minutes={deck.minutes} /> : <Timer />}
      </header>
      <DeckNotice />
      <section className="presenter__now" aria-labelledby="presenter-now">
        <h2 id="presenter-now">
          {t('flow.presentation.now')} · {t('flow.stepOf', { n: index + 1, total: end + 1 })}
        </h2>
        <p className="presenter__title" data-testid="presenter-current">
          {t(sentenceKey(current.kind, 'title', current.status, exists))}
        </p>
        <h3>{deck ? t('deck.presenter.stepNote') : t('flow.presentation.notes')}</h3>
        <p className="presenter__notes" data-testid="presenter-notes">
          {t(`${key}.note`)}
        </p>
        <DeckPresenter />
      </section>
      <section className="presenter__next" aria-labelledby="presenter-next">
        <h2 id="presenter-next">{t('flow.presentation.next')}</h2>
        <p data-testid="presenter-next">
          {next
            ? t(sentenceKey(next.kind, 'title', next.status, exists))
            : t('flow.presentation.nextNone')}
        </p>
      </section>
      <div className="presenter__preview">
        <FlowStage steps={steps} index={index} end={end} orientation="landscape" />
      </div>
      <FlowControls index={index} end={end} total={end + 1} hint={false} />
    </main>
  )
}
