/**
 * What an imported scenario lacks (issue #16), said where the user looks: on the editor of a field
 * the paste did not provide, and in the verdict, with the command that prints each missing input.
 */
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { Trace } from '../../engine'
import { missingPieces } from '../../scenarios/import/missing'
import { isFieldNotProvided, PIECE_OF_INPUT } from '../../scenarios/import/replace'
import { useAppStore } from '../../state/store'
import { CopyButton } from './CodeBlock'
import './notProvided.css'

/** Above an editor whose field the import did not provide. */
export function NotProvidedNote({ field }: { field: string }) {
  const { t } = useTranslation()
  const shown = useAppStore((s) => isFieldNotProvided(s.draft, field))
  if (!shown) return null
  return (
    <p className="not-provided" data-testid="not-provided" data-field={field}>
      <strong className="not-provided__badge">{t('notProvided.badge')}</strong>{' '}
      {t('notProvided.editor')} <span className="muted">{t('notProvided.editorHint')}</span>
    </p>
  )
}

/** In the verdict: the inputs the run lacked, each with the first command that prints it. */
export function NotProvidedList({ trace }: { trace: Trace }) {
  const { t } = useTranslation()
  // The run's draft (the trace's), not every keystroke's: this is inside the verdict.
  const draft = useAppStore((s) => s.settledDraft)
  const inputs = trace.unknown?.inputs ?? []
  // Only a verdict with inputs not provided lists commands: the others (every run of a complete
  // scenario, the first visit's among them) work out nothing.
  const listed = inputs.length > 0
  const commands = useMemo(() => {
    const pieces = draft && listed ? missingPieces(draft) : []
    return new Map(pieces.map((piece) => [piece.id, piece.commands[0]]))
  }, [draft, listed])
  if (!listed) return null
  return (
    <section className="not-provided-list" data-testid="not-provided-list">
      {trace.outcome === 'denied' && <p>{t('notProvided.deniedNote')}</p>}
      <h3 className="verdict__subtitle">{t('notProvided.listTitle')}</h3>
      <ul>
        {inputs.map((input) => {
          const command = commands.get(PIECE_OF_INPUT[input])
          return (
            <li key={input} data-input={input}>
              {t(`notProvided.inputs.${input}`)}
              {command && (
                <div className="ie-command">
                  <code>{command}</code>
                  <CopyButton text={command} what={command} />
                </div>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
