import { useMemo } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { exportTerraform } from '../../scenarios/export/terraform'
import type { ScenarioDraft } from '../../scenarios/draft'
import { downloadText } from './clipboard'
import { CodeBlock } from './CodeBlock'
import { Refusals } from './Refusals'

/** The scenario as Terraform (AWS provider), with what could not be translated said. */
export function TerraformTab({ draft }: { draft: ScenarioDraft }) {
  const { t } = useTranslation()
  const { text, warnings, refusals } = useMemo(() => exportTerraform(draft), [draft])
  return (
    <>
      <p>{t('importExport.export.terraform.intro')}</p>
      {warnings.map((w) => (
        <p key={w} className="ie-warning">
          {t(`importExport.export.terraform.warnings.${w}`)}
        </p>
      ))}
      <Refusals refusals={refusals} />
      {refusals.length === 0 && (
        <>
          <div className="ie-actions">
            <button type="button" onClick={() => downloadText('main.tf', text, 'text/plain')}>
              {t('importExport.export.terraform.download')}
            </button>
          </div>
          <CodeBlock text={text} label={t('importExport.export.terraform.copy')} />
        </>
      )}
    </>
  )
}
