/**
 * The dialogs behind the toolbar's "Paste from your cluster", "Export" and "Account audit" buttons
 * (src/ui/scenarios/ToolButtons.tsx), one at a time (useToolDialogStore). The import panel stays
 * mounted while closed, so a session of pastes survives; the audit mounts on first open and stays.
 */
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { Dialog } from './Dialog'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import { useToolDialogStore } from '../../state/toolDialogStore'
import './importExport.css'

/** The account audit loads with its dialog (its own chunk). */
const AuditPanel = lazy(() => import('../audit/AuditPanel'))

export function ImportExportDialogs() {
  const { t } = useTranslation()
  const open = useToolDialogStore((s) => s.open)
  const close = useToolDialogStore((s) => s.close)
  // Mounted on first open and kept while closed, so an analysed account survives.
  const [auditWanted, setAuditWanted] = useState(false)
  if (open === 'audit' && !auditWanted) setAuditWanted(true)
  return (
    <>
      <Dialog
        open={open === 'import'}
        onClose={close}
        title={t('importExport.import.title')}
        titleId="ie-import-title"
      >
        <ImportPanel />
      </Dialog>
      <Dialog
        open={open === 'export'}
        onClose={close}
        title={t('importExport.export.title')}
        titleId="ie-export-title"
      >
        {open === 'export' && <ExportPanel />}
      </Dialog>
      <Dialog
        open={open === 'audit'}
        onClose={close}
        title={t('audit.title')}
        titleId="audit-title"
        wide
      >
        {auditWanted && (
          <Suspense fallback={null}>
            <AuditPanel onOpened={close} />
          </Suspense>
        )}
      </Dialog>
    </>
  )
}
