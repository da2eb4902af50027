import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { ComparisonTable } from './ComparisonTable'
import { SetupDetails } from './SetupDetails'
import { TraceColumn } from './TraceColumn'
import { usePodIdentity } from './usePodIdentity'

/** The dialog's body: both traces side by side, the setup of each, and the comparison table. */
export function PodIdentityPanel({ open }: { open: boolean }) {
  const { t } = useTranslation()
  const trace = useAppStore((s) => s.trace)
  const run = usePodIdentity(open)
  return (
    <div className="pi__body">
      <p className="muted">{t('podIdentity.intro')}</p>
      {run?.ok && run.demoKey && (
        <p className="pi__demo" role="note">
          {t('podIdentity.demoKey')}
        </p>
      )}
      {run && !run.ok && (
        <p className="pi__error" role="alert">
          {t('podIdentity.error', { message: run.error })}
        </p>
      )}
      {!run && <p role="status">{t('podIdentity.running')}</p>}
      <div className="pi__pair pi__columns">
        {trace && <TraceColumn side="irsa" title="IRSA" trace={trace} />}
        {run?.ok && <TraceColumn side="podIdentity" title="EKS Pod Identity" trace={run.trace} />}
      </div>
      {run?.ok && <SetupDetails scenario={run.scenario} trace={run.trace} />}
      <ComparisonTable />
    </div>
  )
}
