/**
 * "Paste from your cluster": one big text area; what it holds is listed as it is typed or pasted,
 * applied on one click (the list says what changes), and what is still missing comes with the
 * commands that print it. Nothing is sent anywhere: detection runs on this page.
 */
import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { combineDetections } from '../../scenarios/import/detect'
import { evidenceInPaste } from '../../scenarios/import/evidenceScenario'
import { DetectedList } from './DetectedList'
import { EvidencePanel } from './EvidencePanel'
import { MissingList } from './MissingList'
import { useImportSession } from './useImportSession'

export function ImportPanel() {
  const { t } = useTranslation()
  const session = useImportSession()
  const evidence = useMemo(() => evidenceInPaste(session.deferredText), [session.deferredText])
  const trustPolicy = useMemo(
    () => combineDetections(session.detections).patch.trustPolicy,
    [session.detections],
  )
  // Evidence is recognised here, not by the detections: its pieces are not "not recognised".
  const detections = useMemo(
    () =>
      evidence.length ? session.detections.filter((d) => d.kind !== 'unknown') : session.detections,
    [evidence, session.detections],
  )
  const fieldNames = (fields: readonly string[]) =>
    fields.map((f) => t(`importExport.fields.${f}`)).join(', ')
  return (
    <div className="ie-import">
      <p>{t('importExport.import.intro')}</p>
      <p className="ie-privacy">
        <span aria-hidden="true">🔒 </span>
        {t('importExport.import.privacy')}
      </p>
      <label className="ie-label" htmlFor="ie-paste">
        {t('importExport.import.label')}
      </label>
      <textarea
        id="ie-paste"
        className="ie-paste"
        value={session.text}
        onChange={(e) => session.edit(e.target.value)}
        placeholder={t('importExport.import.placeholder')}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        rows={8}
      />
      <section aria-labelledby="ie-detected-title">
        <h3 id="ie-detected-title">{t('importExport.import.detectedTitle')}</h3>
        <DetectedList detections={detections} />
        {session.fields.length > 0 && (
          <p className="ie-replaces">
            {t('importExport.import.replaces', { fields: fieldNames(session.fields) })}
          </p>
        )}
        <div className="ie-actions">
          <button
            type="button"
            className="ie-primary"
            onClick={session.apply}
            disabled={session.fields.length === 0}
          >
            {t('importExport.import.apply')}
          </button>
          <button type="button" onClick={session.clear} disabled={session.text === ''}>
            {t('importExport.import.clear')}
          </button>
        </div>
        <p role="status" className="ie-applied">
          {session.lastApplied.length > 0 &&
            t('importExport.import.applied', { fields: fieldNames(session.lastApplied) })}
        </p>
      </section>
      {evidence.map((e, i) => (
        <EvidencePanel key={i} evidence={e} trustPolicy={trustPolicy} />
      ))}
      <MissingList pieces={session.missing} />
    </div>
  )
}
