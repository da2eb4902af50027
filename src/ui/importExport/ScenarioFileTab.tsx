import { useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ScenarioDraft } from '../../scenarios/draft'
import {
  MAX_SCENARIO_FILE_LENGTH,
  parseScenarioFile,
  scenarioFileName,
  scenarioFileText,
  type ScenarioFileError,
} from '../../scenarios/export/scenarioFile'
import { useAppStore } from '../../state/store'
import { downloadText } from './clipboard'

type Upload =
  | { state: 'none' }
  | { state: 'error'; error: ScenarioFileError | 'read'; field?: string }
  | { state: 'preview'; name: string; draft: ScenarioDraft }
  | { state: 'loaded'; name: string }

/** Download the scenario as JSON; open one back (checked, previewed, replaced on confirmation). */
export function ScenarioFileTab({ draft }: { draft: ScenarioDraft }) {
  const { t } = useTranslation()
  const [upload, setUpload] = useState<Upload>({ state: 'none' })
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = '' // the same file can be chosen again
    if (!file) return
    if (file.size > MAX_SCENARIO_FILE_LENGTH)
      return setUpload({ state: 'error', error: 'tooLarge' })
    try {
      const result = parseScenarioFile(await file.text())
      setUpload(
        result.ok
          ? { state: 'preview', name: file.name, draft: result.draft }
          : { state: 'error', error: result.error, field: result.field },
      )
    } catch {
      setUpload({ state: 'error', error: 'read' })
    }
  }
  const replace = (name: string, next: ScenarioDraft) => {
    // The whole scenario is replaced (undoable); the demo key does not sign the file's token.
    useAppStore.getState().loadDraft(next)
    setUpload({ state: 'loaded', name })
  }
  return (
    <>
      <p>{t('importExport.export.file.intro')}</p>
      <div className="ie-actions">
        <button
          type="button"
          className="ie-primary"
          onClick={() => downloadText(scenarioFileName(draft), scenarioFileText(draft))}
        >
          {t('importExport.export.file.download')}
        </button>
        <label className="ie-file">
          <span>{t('importExport.export.file.upload')}</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        </label>
      </div>
      {upload.state === 'error' && (
        <p role="alert" className="ie-error">
          {t(`importExport.export.file.errors.${upload.error}`, { field: upload.field ?? '' })}
        </p>
      )}
      {upload.state === 'preview' && (
        <div className="ie-preview" role="group" aria-label={upload.name}>
          <p>
            {t('importExport.export.file.preview', {
              name: upload.name,
              role: upload.draft.roleName,
              account: upload.draft.accountId,
              issuer: upload.draft.issuer,
            })}
          </p>
          <div className="ie-actions">
            <button
              type="button"
              className="ie-primary"
              onClick={() => replace(upload.name, upload.draft)}
            >
              {t('importExport.export.file.replace')}
            </button>
            <button type="button" onClick={() => setUpload({ state: 'none' })}>
              {t('importExport.export.file.cancel')}
            </button>
          </div>
        </div>
      )}
      <p role="status">
        {upload.state === 'loaded' && t('importExport.export.file.loaded', { name: upload.name })}
      </p>
    </>
  )
}
