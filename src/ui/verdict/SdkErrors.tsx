import { useRef, useState, type KeyboardEvent } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import type { StsError, StsResponse } from '../../engine'
import {
  displayRequestId,
  formatBoto3Error,
  formatBoto3ParamValidation,
  formatBoto3Response,
  formatGoV2Error,
  formatJsV3Credentials,
  formatJsV3Error,
} from '../format/sdkErrors'

interface SdkText {
  id: string
  name: string
  text: string
}

/** The error as each SDK surfaces it; boto3 refuses what botocore's validation refuses, as the CLI. */
function errorTexts(error: StsError, seed: string, paramValidation?: string[]): SdkText[] {
  return [
    { id: 'go', name: 'Go SDK v2', text: formatGoV2Error(error, displayRequestId(seed)) },
    { id: 'js', name: 'JS SDK v3', text: formatJsV3Error(error) },
    {
      id: 'boto3',
      name: 'boto3',
      text: paramValidation?.length
        ? formatBoto3ParamValidation(paramValidation)
        : formatBoto3Error(error),
    },
  ]
}

/** The credentials as the JS SDK v3's web-identity provider and boto3 return them. */
function credentialTexts(response: StsResponse): SdkText[] {
  return [
    { id: 'js', name: 'JS SDK v3', text: formatJsV3Credentials(response) },
    { id: 'boto3', name: 'boto3', text: formatBoto3Response(response) },
  ]
}

type Props =
  | { error: StsError; seed: string; paramValidation?: string[]; response?: undefined }
  | { response: StsResponse; error?: undefined; seed?: undefined; paramValidation?: undefined }

/**
 * The same STS answer as the SDKs surface it (the error Go v2, JS v3 and boto3 log, or the
 * credentials JS v3 and boto3 return): a tab set (arrow keys move between tabs).
 */
export function SdkErrors(props: Props) {
  const { t } = useTranslation()
  const [selected, setSelected] = useState(0)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  const sdks = props.response
    ? credentialTexts(props.response)
    : errorTexts(props.error, props.seed, props.paramValidation)
  const kind = props.response ? 'credentials' : 'error'
  const titleId = `sdk-${kind}-title`
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: (selected + 1) % sdks.length,
      ArrowLeft: (selected + sdks.length - 1) % sdks.length,
      Home: 0,
      End: sdks.length - 1,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    setSelected(next)
    tabs.current[next]?.focus()
  }
  return (
    <div className="sdk-errors" data-testid={`sdk-${kind}`}>
      <h3 className="verdict__subtitle" id={titleId}>
        {t(props.response ? 'verdict.sdkCredentialsTitle' : 'verdict.sdkTitle')}
      </h3>
      <div role="tablist" aria-labelledby={titleId} className="sdk-errors__tabs">
        {sdks.map((sdk, i) => (
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
      {sdks.map((sdk, i) => (
        <pre
          key={sdk.id}
          role="tabpanel"
          id={`sdk-panel-${sdk.id}`}
          aria-labelledby={`sdk-tab-${sdk.id}`}
          hidden={selected !== i}
          tabIndex={0}
          className={`code ${props.response ? '' : 'code--error '}sdk-errors__panel`}
        >
          {sdk.text}
        </pre>
      ))}
    </div>
  )
}
