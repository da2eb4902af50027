import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'

/** What just happened to the scenario (a link opened, a bad link refused), until dismissed. */
export function NoticeBar() {
  const { t } = useTranslation()
  const notice = useAppStore((s) => s.notice)
  if (!notice) return null
  return (
    <div className={`notice notice--${notice.kind}`} role="status" data-testid="notice">
      <span>{t(`scenarios.notices.${notice.kind}`, { detail: notice.detail ?? '' })}</span>
      {notice.kind === 'link-opened-kept-work' && (
        <button type="button" onClick={() => useAppStore.getState().undo()}>
          {t('scenarios.toolbar.undo')}
        </button>
      )}
      <button type="button" onClick={() => useAppStore.getState().dismissNotice()}>
        {t('scenarios.notices.dismiss')}
      </button>
    </div>
  )
}
