/**
 * Two buttons for the playground's header: "Paste from your cluster" and "Export", each opening a
 * modal dialog. The import panel stays mounted while closed, so a session of pastes survives.
 */
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Dialog } from './Dialog'
import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'
import { TriageButton, TriageDialog } from '../triage/TriageDialog'
import './importExport.css'

/** The account audit loads with its dialog (its own chunk). */
const AuditPanel = lazy(() => import('../audit/AuditPanel'))

export function ImportExportBar() {
  const { t } = useTranslation()
  const [open, setOpen] = useState<'import' | 'export' | 'audit'>()
  // Mounted on first open and kept while closed, so an analysed account survives.
  const [auditWanted, setAuditWanted] = useState(false)
  const close = () => setOpen(undefined)
  return (
    <div className="ie-bar" role="group" aria-label={t('importExport.bar.label')}>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('import')}>
        <span aria-hidden="true">⇣ </span>
        {t('importExport.bar.import')}
      </button>
      <TriageButton />
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen('export')}>
        <span aria-hidden="true">⇡ </span>
        {t('importExport.bar.export')}
      </button>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setAuditWanted(true)
          setOpen('audit')
        }}
      >
        <span aria-hidden="true">▦ </span>
        {t('audit.open')}
      </button>
      <Dialog
        open={open === 'import'}
        onClose={close}
        title={t('importExport.import.title')}
        titleId="ie-import-title"
      >
        <ImportPanel />
      </Dialog>
      <TriageDialog />
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
    </div>
  )
}
