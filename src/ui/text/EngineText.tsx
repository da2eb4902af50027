import { useTranslation } from '../../i18n/useTranslation'
import type { ResolvedText } from './message'
import './engineText.css'

/**
 * Renders one translated engine text as text (never as HTML). AWS's own words are quoted and
 * marked as English; engine English without a catalogue entry is marked as untranslated.
 */
export function EngineText({ value, className }: { value: ResolvedText; className?: string }) {
  const { t } = useTranslation()
  if (value.kind === 'translated') return <span className={className}>{value.text}</span>
  if (value.kind === 'aws')
    return (
      <span className={className}>
        {t('steps.awsSays')}{' '}
        <q lang="en" className="engine-text__aws">
          {value.text}
        </q>
      </span>
    )
  return (
    <span className={className}>
      <span lang="en">{value.text}</span>{' '}
      <span className="engine-text__untranslated">({t('steps.untranslated')})</span>
    </span>
  )
}
