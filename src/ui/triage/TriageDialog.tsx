/**
 * "Start from an error" as a modal dialog, opened from the toolbar (beside Paste from your cluster)
 * or from the tour's last stop, through the triage store.
 */
import { useTranslation } from '../../i18n/useTranslation'
import { useTriageStore } from '../../state/triageStore'
import { Dialog } from '../importExport/Dialog'
import { TriagePanel } from './TriagePanel'

export function TriageDialog() {
  const { t } = useTranslation()
  const open = useTriageStore((s) => s.open)
  const close = () => useTriageStore.getState().closeTriage()
  return (
    <Dialog open={open} onClose={close} title={t('triage.title')} titleId="triage-title">
      {open && <TriagePanel onOpened={close} />}
    </Dialog>
  )
}
