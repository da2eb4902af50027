import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { StsError } from '../../engine'
import {
  displayRequestId,
  formatBoto3Error,
  formatGoV2Error,
  formatJsV3Error,
} from '../format/sdkErrors'

const SDKS = [
  { id: 'go', name: 'Go SDK v2' },
  { id: 'js', name: 'JS SDK v3' },
  { id: 'boto3', name: 'boto3' },
] as const

/** The same STS error as Go v2, JS v3 and boto3 log it: a tab set (arrow keys move between tabs). */
export function SdkErrors({ error, seed }: { error: StsError; seed: string }) {
  const { t } = useTranslation()
  const [selected, setSelected] = useState(0)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const texts = [
    formatGoV2Error(error, displayRequestId(seed)),
    formatJsV3Error(error),
    formatBoto3Error(error),
  ]
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: (selected + 1) % SDKS.length,
      ArrowLeft: (selected + SDKS.length - 1) % SDKS.length,
      Home: 0,
      End: SDKS.length - 1,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    setSelected(next)
    tabs.current[next]?.focus()
  }
  return (
    <div className="sdk-errors">
      <h3 className="verdict__subtitle" id="sdk-errors-title">
        {t('verdict.sdkTitle')}
      </h3>
      <div role="tablist" aria-labelledby="sdk-errors-title" className="sdk-errors__tabs">
        {SDKS.map((sdk, i) => (
          <button
            key={sdk.id}
            ref={(el) => {
              tabs.current[i] = el
            }}
            type="button"
            role="tab"
            id={`sdk-tab-${sdk.id}`}
            aria-selected={selected === i}
            aria-controls={`sdk-panel-${sdk.id}`}
            tabIndex={selected === i ? 0 : -1}
            className="sdk-errors__tab"
            onClick={() => setSelected(i)}
            onKeyDown={onKeyDown}
          >
            {sdk.name}
          </button>
        ))}
      </div>
      {SDKS.map((sdk, i) => (
        <pre
          key={sdk.id}
          role="tabpanel"
          id={`sdk-panel-${sdk.id}`}
          aria-labelledby={`sdk-tab-${sdk.id}`}
          hidden={selected !== i}
          tabIndex={0}
          className="code code--error sdk-errors__panel"
        >
          {texts[i]}
        </pre>
      ))}
    </div>
  )
}
