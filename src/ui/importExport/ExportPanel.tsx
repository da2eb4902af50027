/** Export: the scenario file (download / open), the equivalent commands, and Terraform. */
import { useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { CommandsTab } from './CommandsTab'
import { ExportTabs } from './ExportTabs'
import { PANEL_ID, tabId, type ExportTab } from './tabsModel'
import { ScenarioFileTab } from './ScenarioFileTab'
import { TerraformTab } from './TerraformTab'

export function ExportPanel() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<ExportTab>('file')
  const draft = useAppStore((s) => s.draft)
  if (!draft) return <p role="status">{t('app.loading')}</p>
  return (
    <div className="ie-export">
      <ExportTabs active={tab} onSelect={setTab} />
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(tab)} className="ie-tabpanel">
        {tab === 'file' && <ScenarioFileTab draft={draft} />}
        {tab === 'commands' && <CommandsTab draft={draft} />}
        {tab === 'terraform' && <TerraformTab draft={draft} />}
      </div>
    </div>
  )
}
