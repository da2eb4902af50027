import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { exportCommands } from '../../scenarios/export/commands'
import type { ScenarioDraft } from '../../scenarios/draft'
import { CodeBlock, CopyButton } from './CodeBlock'
import { Refusals } from './Refusals'

const NOTED = ['eksctl', 'assume', 'eksctlExisting'] as const
const hasNote = (id: string): id is (typeof NOTED)[number] =>
  (NOTED as readonly string[]).includes(id)

/** The commands that build the scenario for real, one block per step, each copyable. */
export function CommandsTab({ draft }: { draft: ScenarioDraft }) {
  const { t } = useTranslation()
  const blocks = useMemo(() => exportCommands(draft), [draft])
  // A role that exists is updated, not created (scenarios/export/commands.ts).
  const key = (id: string) =>
    draft.existingRole && (id === 'role' || id === 'eksctl') ? `${id}Existing` : id
  const title = (id: string) => t(`importExport.export.commands.blocks.${key(id)}`)
  // Copy all: one script, each block under a comment with its (translated) title; a refused block
  // (an unsafe value, see scenarios/export/safety.ts) is left out.
  const all = blocks
    .filter((b) => b.refusals.length === 0)
    .map((b) => `# ${title(b.id)}\n${b.text}`)
    .join('\n\n')
  return (
    <>
      <p>{t('importExport.export.commands.intro')}</p>
      <CopyButton
        text={all}
        what={t('importExport.export.commands.copyAll')}
        label={t('importExport.export.commands.copyAll')}
      />
      {blocks.map((block) => (
        <section key={block.id} className="ie-block" aria-labelledby={`ie-block-${block.id}`}>
          <h3 id={`ie-block-${block.id}`}>{title(block.id)}</h3>
          {hasNote(key(block.id)) && (
            <p className="muted">{t(`importExport.export.commands.notes.${key(block.id)}`)}</p>
          )}
          {block.placeholders.length > 0 && (
            <p className="ie-warning">
              {t('importExport.export.commands.placeholders', {
                names: block.placeholders.join(', '),
              })}
            </p>
          )}
          {block.refusals.length > 0 ? (
            <Refusals refusals={block.refusals} />
          ) : (
            <CodeBlock text={block.text} label={title(block.id)} />
          )}
        </section>
      ))}
    </>
  )
}
