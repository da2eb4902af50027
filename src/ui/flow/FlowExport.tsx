import { useState, type RefObject } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { useAppStore } from '../../state/store'
import { download, serializeSvg, svgToPng, themeBackground } from './exportDiagram'
import { canRecord, recordFlow } from './recordFlow'
import { stepMsAt } from './usePlayback'

/** Download the diagram as SVG or PNG, or record the whole flow as WebM. */
export function FlowExport({
  svgRef,
  end,
}: {
  svgRef: RefObject<SVGSVGElement | null>
  end: number
}) {
  const { t } = useTranslation()
  const [recording, setRecording] = useState<{ step: number; speed: number } | undefined>()
  const name = () => `irsa-flow-step-${useAppStore.getState().stepIndex}`
  const svgText = () =>
    svgRef.current ? serializeSvg(svgRef.current, themeBackground()) : undefined

  const saveSvg = () => {
    const text = svgText()
    if (text) download(new Blob([text], { type: 'image/svg+xml' }), `${name()}.svg`)
  }
  const savePng = async () => {
    const text = svgText()
    if (text) download(await svgToPng(text), `${name()}.png`)
  }
  const record = async () => {
    const store = useAppStore.getState()
    store.setPlaying(false)
    const back = store.stepIndex
    // The video plays at the speed chosen for playback: at 4× a whole flow records in seconds.
    const speed = store.speed
    try {
      const blob = await recordFlow({
        svg: () => svgRef.current,
        steps: end + 1,
        seek: (i) => useAppStore.getState().seek(i),
        stepMs: stepMsAt(speed),
        onStep: (step) => setRecording({ step, speed }),
      })
      download(blob, 'irsa-flow.webm')
    } finally {
      setRecording(undefined)
      useAppStore.getState().seek(back)
    }
  }

  return (
    <div className="flow__export" role="group" aria-label={t('flow.export.label')}>
      <span className="flow__export-label">{t('flow.export.label')}</span>
      <button type="button" onClick={saveSvg}>
        {t('flow.export.svg')}
      </button>
      <button type="button" onClick={() => void savePng()}>
        {t('flow.export.png')}
      </button>
      {canRecord() && (
        <button type="button" onClick={() => void record()} disabled={recording !== undefined}>
          {t('flow.export.webm')}
        </button>
      )}
      {recording !== undefined && (
        <span role="status">
          {t('flow.export.recording', {
            n: recording.step + 1,
            total: end + 1,
            speed: recording.speed,
          })}
        </span>
      )}
    </div>
  )
}
