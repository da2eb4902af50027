import { useTranslation } from '../../i18n/useTranslation'
import type { Step } from '../../engine'
import { useStepText } from '../text/useEngineText'

/** What the failing step assumes where no primary source confirms AWS's behaviour. */
export function Assumptions({ step }: { step: Step | undefined }) {
  const { t } = useTranslation()
  const text = useStepText(step)
  if (!step?.assumptions?.length || !text) return null
  return (
    <div className="assumptions">
      <h3 className="verdict__subtitle">{t('verdict.assumptionsTitle')}</h3>
      <ul>
        {text.assumptions.map((a) => (
          <li key={a.text} lang={a.kind === 'english' ? 'en' : undefined}>
            {a.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
