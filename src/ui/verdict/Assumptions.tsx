import { useTranslation } from 'react-i18next'
import type { Step } from '../../engine'

/** What the failing step assumes where no primary source confirms AWS's behaviour. */
export function Assumptions({ step }: { step: Step | undefined }) {
  const { t } = useTranslation()
  if (!step?.assumptions?.length) return null
  return (
    <div className="assumptions">
      <h3 className="verdict__subtitle">{t('verdict.assumptionsTitle')}</h3>
      <ul>
        {step.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </div>
  )
}
