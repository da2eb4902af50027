import { useTranslation } from '../../i18n/useTranslation'
import { SetPicker } from './SetPicker'

/** For the host: a set link made with the picker (starting from this set), and the wall. */
export function SetLink({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation()
  const wall = new URL(window.location.href)
  wall.search = '?view=wall'
  wall.hash = ''
  return (
    <details className="challenges__share">
      <summary>{t('facilitator.picker.title')}</summary>
      <SetPicker initial={ids} />
      <p>
        <a href={wall.toString()} target="_blank" rel="noopener">
          {t('facilitator.picker.openWall')}
        </a>
      </p>
    </details>
  )
}
