import { useMemo, useState, type ChangeEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { ScenarioDraft } from '../../scenarios/draft'
import {
  MAX_SCENARIO_FILE_LENGTH,
  parseScenarioFile,
  scenarioFileName,
  scenarioFileText,
  type ScenarioFileError,
} from '../../scenarios/export/scenarioFile'
import { fileDraft, type FileContents } from '../../scenarios/privacy'
import { tokenOrigin } from '../../scenarios/share/link'
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
  // Like the share link: a real token and pod values leave only with the user's explicit choice.
  const [choice, setChoice] = useState<'include' | 'redact'>('redact')
  const signingKey = useAppStore((s) => s.signingKey)
  const origin = tokenOrigin(draft, signingKey)
  const file = useMemo(() => fileDraft(draft, origin, choice), [draft, origin, choice])
  const sensitive = origin === 'real' || file.contents.pod.kind !== 'none'
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
      {sensitive && (
        <fieldset className="ie-file-privacy" data-testid="file-privacy">
          <legend>{t('safety.file.legend')}</legend>
          {origin === 'real' && <p className="share__warn">{t('safety.file.realToken')}</p>}
          <label>
            <input
              type="radio"
              name="file-privacy"
              checked={choice === 'redact'}
              onChange={() => setChoice('redact')}
            />{' '}
            {t('safety.file.redact')}
          </label>
          <label>
            <input
              type="radio"
              name="file-privacy"
              checked={choice === 'include'}
              onChange={() => setChoice('include')}
            />{' '}
            {t('safety.file.include')}
          </label>
        </fieldset>
      )}
      <FileContentsList contents={file.contents} />
      <div className="ie-actions">
        <button
          type="button"
          className="ie-primary"
          onClick={() => downloadText(scenarioFileName(draft), scenarioFileText(file.draft))}
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

/** Exactly what the file carries, before the download (issue #15). */
function FileContentsList({ contents }: { contents: FileContents }) {
  const { t } = useTranslation()
  return (
    <ul
      className="ie-file-contents"
      data-testid="file-contents"
      aria-label={t('safety.file.contentsTitle')}
    >
      <li className={contents.token === 'real' ? 'share__warn' : undefined}>
        {t(`safety.file.token-${contents.token}`)}
      </li>
      {contents.pod.kind === 'redacted' && (
        <li>{t('safety.share.podRedacted', { count: contents.pod.count })}</li>
      )}
      {contents.pod.kind === 'included' && (
        <li className="share__warn">{t('safety.share.podIncluded')}</li>
      )}
      {contents.pod.kind === 'dropped' && <li>{t('safety.share.podDropped')}</li>}
      {contents.privateJwkRemoved && <li>{t('safety.share.privateJwk')}</li>}
    </ul>
  )
}
