import type { ChangeEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { ScenarioDraft } from '../../scenarios/draft'
import { useAppStore } from '../../state/store'

type TextField = 'issuer' | 'accountId' | 'roleName'

const edit = (patch: Partial<ScenarioDraft>) => useAppStore.getState().editDraft(patch)

/** One labelled text input bound to a plain draft field. */
function TextInput({ field, label, hint }: { field: TextField; label: string; hint?: string }) {
  const value = useAppStore((s) => s.draft?.[field] ?? '')
  return (
    <label className="editors__field">
      <span>{label}</span>
      <input
        type="text"
        value={value}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => edit({ [field]: e.target.value })}
      />
      {hint && <small className="muted">{hint}</small>}
    </label>
  )
}

/** The plain fields: cluster issuer, account, role, MaxSessionDuration and the API call. */
export function RoleForm() {
  const { t } = useTranslation()
  const maxSession = useAppStore((s) => s.draft?.maxSessionDuration ?? 3600)
  const action = useAppStore((s) => s.draft?.call.action ?? '')
  const resource = useAppStore((s) => s.draft?.call.resource ?? '')
  const editCall = (key: 'action' | 'resource') => (e: ChangeEvent<HTMLInputElement>) =>
    edit({ call: { action, resource, [key]: e.target.value } })
  return (
    <div className="editors__form">
      <fieldset>
        <legend>{t('editors.role.roleLegend')}</legend>
        <TextInput field="issuer" label={t('editors.role.issuer')} />
        <TextInput field="accountId" label={t('editors.role.accountId')} />
        <TextInput field="roleName" label={t('editors.role.roleName')} />
        <label className="editors__field">
          <span>{t('editors.role.maxSessionDuration')}</span>
          <input
            type="number"
            min={3600}
            max={43200}
            step={60}
            value={maxSession}
            onChange={(e) => {
              const seconds = e.target.valueAsNumber
              if (Number.isFinite(seconds)) edit({ maxSessionDuration: seconds })
            }}
          />
          <small className="muted">{t('editors.role.maxSessionHint')}</small>
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('editors.role.callLegend')}</legend>
        <label className="editors__field">
          <span>{t('editors.role.action')}</span>
          <input type="text" value={action} spellCheck={false} onChange={editCall('action')} />
        </label>
        <label className="editors__field">
          <span>{t('editors.role.resource')}</span>
          <input type="text" value={resource} spellCheck={false} onChange={editCall('resource')} />
        </label>
      </fieldset>
    </div>
  )
}
