import { useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { findStep, isStep, type IrsaStep, type IrsaStepNamed, type IrsaTrace } from '../../engine'
import { useAppStore } from '../../state/store'
import { useReducedMotion } from './hooks'
import {
  claimTargets,
  conditionPair,
  countdown,
  jwksEntries,
  reproduce,
  requestedDuration,
  requestIdFor,
  secondsLeft,
  splitToken,
  stsAnswer,
  stsRequest,
  type Alignment,
  type ConditionPair,
  type StsRequest,
  type TokenSplit,
} from './stepBytes'
import './stepBytes.css'

function parseJson(text: string | undefined): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** Children appear one after another (CSS only; reduced motion: all at once). */
const stagger = (i: number) => ({ '--i': i }) as CSSProperties

function Section({
  title,
  testId,
  command,
  children,
}: {
  title: string
  testId: string
  command?: string
  children: ReactNode
}) {
  const { t } = useTranslation()
  return (
    <section className="flow__bytes step-bytes" data-testid={testId} aria-label={title}>
      <h4>{title}</h4>
      {children}
      {command && (
        <div className="step-bytes__reproduce">
          <p className="flow__bytes-label">{t('flowBytes.reproduce')}</p>
          <code className="flow__reproduce" data-testid="reproduce">
            {command}
          </code>
        </div>
      )}
    </section>
  )
}

// ---------------------------------------------------------------------------------------------
// The token

function TokenBytes({ split, jwks }: { split: TokenSplit; jwks: unknown }) {
  const { t } = useTranslation()
  const targets = claimTargets(split, jwks)
  return (
    <Section title={t('flowBytes.token.title')} testId="token-bytes" command={reproduce.split()}>
      <code className="step-bytes__token" data-testid="token-split">
        {split.segments.map((s, i) => (
          <span key={s.part}>
            {i > 0 && <span className="step-bytes__dot">.</span>}
            <span
              className={`step-bytes__seg step-bytes__seg--${s.part}`}
              data-testid={`segment-${s.part}`}
              style={stagger(i)}
            >
              {s.text}
            </span>
          </span>
        ))}
      </code>
      <ul className="step-bytes__legend">
        {split.segments.map((s) => (
          <li key={s.part} className={`step-bytes__legend--${s.part}`}>
            {t(`flowBytes.token.${s.part}`)} · {t('flowBytes.token.size', { n: s.bytes })}
          </li>
        ))}
      </ul>
      <p className="flow__bytes-label step-bytes__secondary">{t('flowBytes.token.decoded')}</p>
      <div className="step-bytes__json-pair step-bytes__secondary">
        {split.segments.slice(0, 2).map((s, i) => (
          <pre
            key={s.part}
            className={`step-bytes__json step-bytes__seg--${s.part}`}
            data-testid={`decoded-${s.part}`}
            style={stagger(i + 3)}
          >
            {s.json}
          </pre>
        ))}
      </div>
      <p className="flow__bytes-label">{t('flowBytes.token.claims')}</p>
      <ul className="step-bytes__claims">
        {targets.map((c, i) => (
          <li
            key={c.claim}
            data-testid="claim-target"
            data-claim={c.claim}
            data-use={c.use}
            style={stagger(i + 5)}
          >
            <code className={`step-bytes__chip step-bytes__seg--${c.from}`}>{c.claim}</code>{' '}
            <code className="step-bytes__value">{c.value}</code>
            <span className="step-bytes__arrow" aria-hidden="true">
              {' → '}
            </span>
            <span className="step-bytes__use">{t(`flowBytes.token.uses.${c.use}`)}</span>{' '}
            <code className="step-bytes__target" data-testid="claim-to">
              {c.to}
            </code>
          </li>
        ))}
      </ul>
    </Section>
  )
}

// ---------------------------------------------------------------------------------------------
// Discovery and JWKS

/** Pretty JSON, the lines that name one of `keys` lit. */
function JsonLines({ value, lit, testId }: { value: unknown; lit: string[]; testId?: string }) {
  const lines = JSON.stringify(value, null, 2).split('\n')
  return (
    <pre className="step-bytes__json step-bytes__lines" data-testid={testId}>
      {lines.map((line, i) => {
        const on = lit.some((k) => line.trimStart().startsWith(`"${k}":`))
        return (
          <span key={i} className={on ? 'step-bytes__line step-bytes__lit' : 'step-bytes__line'}>
            {line}
            {'\n'}
          </span>
        )
      })}
    </pre>
  )
}

function DiscoveryBytes({ step }: { step: IrsaStepNamed<'oidc.discovery'> }) {
  const { t } = useTranslation()
  const d = step.data
  const url = d?.url
  if (!url) return null
  return (
    <Section
      title={t('flowBytes.discovery.title')}
      testId="discovery-bytes"
      command={reproduce.discovery(url)}
    >
      <p className="flow__bytes-label">{t('flowBytes.discovery.request')}</p>
      <code className="step-bytes__http" data-testid="http-request">
        GET {url}
      </code>
      {d?.document !== undefined && (
        <>
          <p className="flow__bytes-label">{t('flowBytes.discovery.response')}</p>
          <JsonLines value={d.document} lit={['issuer', 'jwks_uri']} testId="http-response" />
        </>
      )}
    </Section>
  )
}

function JwksBytes({ trace, jwks, kid }: { trace: IrsaTrace; jwks: unknown; kid: unknown }) {
  const { t } = useTranslation()
  const url = findStep(trace.steps, 'oidc.jwks')?.data?.url ?? ''
  const { entries, selected, keys } = jwksEntries(jwks, kid)
  // The token's kid, as its header has it (user content: anything but a string shows as nothing).
  const kidText = typeof kid === 'string' ? kid : ''
  return (
    <Section
      title={t('flowBytes.jwks.title')}
      testId="jwks-bytes"
      command={
        typeof kid === 'string'
          ? url
            ? reproduce.jwks(url, kid)
            : reproduce.jwksFile(kid)
          : undefined
      }
    >
      {url && (
        <>
          <p className="flow__bytes-label">{t('flowBytes.jwks.request')}</p>
          <code className="step-bytes__http" data-testid="http-request">
            GET {url}
          </code>
        </>
      )}
      <p className="step-bytes__kid-line">
        {t('flowBytes.jwks.tokenKid')}: <code data-testid="token-kid">{kidText}</code>
      </p>
      <ol className="step-bytes__keys" start={0}>
        {entries.map((e, i) => (
          <li
            key={i}
            className={e.match ? 'step-bytes__key step-bytes__lit' : 'step-bytes__key'}
            data-testid="jwks-key"
            data-match={e.match || undefined}
          >
            <code className="step-bytes__kid">
              keys[{i}].kid = {JSON.stringify(e.kid)}
            </code>
            <code className="step-bytes__key-json step-bytes__secondary">
              {JSON.stringify(keys[i])}
            </code>
          </li>
        ))}
      </ol>
      {selected >= 0 ? (
        <p className="flow__verdict flow__verdict--ok">✔ {t('flowBytes.jwks.lit')}</p>
      ) : (
        <p className="flow__verdict flow__verdict--no" data-testid="kid-nomatch">
          ✘ {t('flowBytes.jwks.none', { kid: kidText })}
        </p>
      )}
    </Section>
  )
}

// ---------------------------------------------------------------------------------------------
// Conditions

/**
 * The two values in columns, one character of each per column, so that they stay aligned when
 * the line wraps. Screen readers get each value whole (the grid is hidden from them).
 */
function AlignedValues({
  pair,
  alignment,
  wildcards,
}: {
  pair: ConditionPair
  alignment: Alignment
  wildcards: boolean
}) {
  const { t } = useTranslation()
  const token = t('flow.facts.token')
  const policy = t('flow.facts.policy')
  const cell = (ch: string, state: string, i: number) =>
    state === 'diff' ? (
      <mark key={i} className="flow__diff" data-testid="char-diff">
        {ch || '\u2423'}
      </mark>
    ) : (
      <span key={i}>{ch || '\u00a0'}</span>
    )
  return (
    <div className="step-bytes__aligned" data-testid="aligned-values">
      <p className="visually-hidden">
        {token}: {pair.token}. {policy}: {pair.policy}.
      </p>
      <div className="step-bytes__columns" aria-hidden="true">
        <span className="step-bytes__column step-bytes__column--labels">
          <span className="flow__compare-label">{token}</span>
          <span className="flow__compare-label">{policy}</span>
        </span>
        {alignment.cells.map((c, i) => (
          <span
            key={i}
            className={`step-bytes__column step-bytes__cell--${c.state}`}
            data-testid={c.state === 'wild' ? 'char-wild' : undefined}
          >
            {cell(c.token, c.state, 0)}
            {cell(c.policy, c.state, 1)}
          </span>
        ))}
      </div>
      <p className="step-bytes__note">
        {alignment.diffAt !== undefined
          ? t('flowBytes.condition.first', { n: alignment.diffAt + 1 })
          : wildcards
            ? t('flowBytes.condition.wild')
            : t('flowBytes.condition.same')}
      </p>
    </div>
  )
}

function ConditionView({ pair, command }: { pair: ConditionPair; command?: string }) {
  const { t } = useTranslation()
  return (
    <div className="step-bytes__condition" data-testid="condition-bytes" data-ok={pair.ok}>
      <p className="flow__bytes-label">
        <code>{pair.operator}</code>
      </p>
      {pair.assembled && (
        <p className="step-bytes__key-assembly step-bytes__secondary" data-testid="condition-key">
          <span className="flow__bytes-label">
            {t('flowBytes.condition.key', { claim: pair.claim })}
          </span>{' '}
          <code>
            <span className="step-bytes__seg--payload">
              {pair.assembled.slice(0, pair.assembled.length - pair.claim.length - 1)}
            </span>
            <span className="step-bytes__chip">:{pair.claim}</span>
          </code>{' '}
          <span className={`flow__verdict flow__verdict--${pair.keyMatches ? 'ok' : 'no'}`}>
            {pair.keyMatches ? '✔' : '✘'}{' '}
            {t(
              pair.keyMatches ? 'flowBytes.condition.keyMatches' : 'flowBytes.condition.keyDiffers',
            )}
          </span>
        </p>
      )}
      <AlignedValues pair={pair} alignment={pair.alignment} wildcards={pair.wildcards} />
      {command && (
        <div className="step-bytes__reproduce">
          <p className="flow__bytes-label">{t('flowBytes.reproduce')}</p>
          <code className="flow__reproduce" data-testid="reproduce">
            {command}
          </code>
        </div>
      )}
    </div>
  )
}

function ConditionBytes({
  steps,
  iss,
  role,
}: {
  steps: readonly IrsaStepNamed<'trust.condition'>[]
  iss: string | undefined
  role: string
}) {
  const { t } = useTranslation()
  const pairs = steps
    .map((s) => {
      const pair = conditionPair(s.data, iss, s.status === 'pass')
      const statement = Number(s.id.split('.')[2] ?? 0)
      return pair && { pair, statement, id: s.id }
    })
    .filter((p) => p !== undefined)
  if (pairs.length === 0) return null
  // The failing conditions first: they are why the statement does not apply.
  const shown = [...pairs].sort((a, b) => Number(a.pair.ok) - Number(b.pair.ok))
  return (
    <section
      className="flow__bytes step-bytes"
      data-testid="conditions-bytes"
      aria-label={t('flowBytes.condition.title')}
    >
      <h4>{t('flowBytes.condition.title')}</h4>
      {shown.map(({ pair, statement, id }) => (
        <ConditionView
          key={id}
          pair={pair}
          command={`${reproduce.claim(pair.claim)}\n${reproduce.policy(role, statement, pair.operator, pair.key)}`}
        />
      ))}
    </section>
  )
}

// ---------------------------------------------------------------------------------------------
// STS

function StsRequestBytes({ request }: { request: StsRequest }) {
  const { t } = useTranslation()
  return (
    <Section
      title={t('flowBytes.sts.request')}
      testId="sts-request"
      command={reproduce.sts(request)}
    >
      <pre className="step-bytes__http step-bytes__lines" data-testid="sts-request-head">
        <span className="step-bytes__line step-bytes__keep">POST / HTTP/1.1{'\n'}</span>
        {request.headers.map(([name, value]) => (
          <span key={name} className="step-bytes__line step-bytes__secondary">
            {name}: {value}
            {'\n'}
          </span>
        ))}
      </pre>
      <pre className="step-bytes__body step-bytes__lines" data-testid="sts-request-body">
        {request.body.split('&').map((field, i, all) => {
          const name = field.slice(0, field.indexOf('='))
          return (
            <span
              key={i}
              className={`step-bytes__line${name === 'WebIdentityToken' ? ' step-bytes__long' : ''}${name === 'RoleArn' || name === 'Action' ? ' step-bytes__keep' : ''}`}
              data-field={name}
              style={stagger(i)}
            >
              {field}
              {i < all.length - 1 ? '&' : ''}
            </span>
          )
        })}
      </pre>
    </Section>
  )
}

/** The credentials' time left, counting down on the simulated clock from the trace's instant. */
function Countdown({ expiration, now }: { expiration: string; now: string }) {
  const { t } = useTranslation()
  const still = useReducedMotion()
  const start = Date.parse(now)
  const key = `${expiration}/${now}`
  // Seconds since this step showed these credentials (a new pair starts again from 0).
  const [tick, setTick] = useState({ key, elapsed: 0 })
  useEffect(() => {
    if (still) return
    const began = performance.now()
    const timer = setInterval(
      () => setTick({ key, elapsed: Math.floor((performance.now() - began) / 1000) }),
      1000,
    )
    return () => clearInterval(timer)
  }, [key, still])
  const elapsed = tick.key === key && !still ? tick.elapsed : 0
  const at = start + elapsed * 1000
  const left = secondsLeft(expiration, at)
  const clock = new Date(at).toISOString().replace('.000Z', 'Z')
  return (
    <p className="step-bytes__countdown" data-testid="credentials-countdown" data-left={left}>
      {left > 0
        ? t('flowBytes.sts.expiresIn', { time: countdown(left), now: clock })
        : t('flowBytes.sts.expired', { expiration })}
    </p>
  )
}

function StsAnswerBytes({
  trace,
  request,
  step,
}: {
  trace: IrsaTrace
  request: StsRequest
  step: IrsaStep
}) {
  const { t } = useTranslation()
  const answer = stsAnswer(trace, requestIdFor(request.body))
  if (!answer) return null
  const credentials = trace.response?.Credentials
  const roleArn = request.fields.find(([n]) => n === 'RoleArn')?.[1] ?? ''
  const session = request.fields.find(([n]) => n === 'RoleSessionName')?.[1] ?? ''
  return (
    <Section
      title={t('flowBytes.sts.response')}
      testId="sts-response"
      command={
        step.name === 'sts.credentials'
          ? reproduce.credentials(roleArn, session)
          : reproduce.sts(request)
      }
    >
      <pre className="step-bytes__http step-bytes__lines" data-testid="sts-response-xml">
        <span
          className={`step-bytes__line step-bytes__keep step-bytes__status--${answer.status < 400 ? 'ok' : 'no'}`}
        >
          HTTP/1.1 {answer.status} {answer.statusText}
          {'\n'}
        </span>
        {answer.xml
          .trimEnd()
          .split('\n')
          .map((line, i) => (
            <span
              key={i}
              className={`step-bytes__line${/<(SessionToken|SecretAccessKey)>/.test(line) ? ' step-bytes__long' : ''}${/<(Code|Message|Expiration|AccessKeyId)>/.test(line) ? ' step-bytes__lit' : ''}`}
              style={stagger(Math.min(i, 12))}
            >
              {line}
              {'\n'}
            </span>
          ))}
      </pre>
      {credentials && step.name === 'sts.credentials' && trace.now && (
        <>
          <p className="flow__bytes-label">{t('flowBytes.sts.credentials')}</p>
          <code className="step-bytes__value">{credentials.AccessKeyId}</code>
          <Countdown expiration={credentials.Expiration} now={trace.now} />
        </>
      )}
    </Section>
  )
}

// ---------------------------------------------------------------------------------------------

/**
 * The data the current step works on, beside its narration: the token and its claims, the
 * discovery and JWKS exchanges, the conditions' values aligned, STS's request and answer. Each
 * with a terminal line that gives the same bytes. Nothing when the step has no data of its own.
 */
export function StepBytes({
  trace,
  step,
  atEnd,
}: {
  trace: IrsaTrace
  step: IrsaStep
  atEnd: boolean
}) {
  // The run's draft (the trace's), not every keystroke's.
  const draft = useAppStore((s) => s.settledDraft)
  const token = draft?.token
  const jwksText = draft?.jwks
  const split = useMemo(() => splitToken(token), [token])
  const jwks = useMemo(() => parseJson(jwksText), [jwksText])
  const request = useMemo(() => {
    const call = findStep(trace.steps, 'sts.request')
    const d = call?.data
    if (!call || call.status === 'skip' || !token || !d?.endpoint) return undefined
    const duration = requestedDuration(draft?.request)
    return stsRequest({
      endpoint: d.endpoint,
      roleArn: d.roleArn ?? '',
      roleSessionName: d.roleSessionName ?? '',
      token: token.trim(),
      ...(duration === undefined ? {} : { durationSeconds: duration }),
    })
  }, [trace, token, draft?.request])
  if (step.status === 'skip') return null
  const iss = typeof split?.payload.iss === 'string' ? split.payload.iss : undefined
  const role = draft?.roleName ?? ''
  const parts: ReactNode[] = []
  switch (step.name) {
    case 'sts.token':
      if (split) parts.push(<TokenBytes key="token" split={split} jwks={jwks} />)
      break
    case 'oidc.discovery':
      parts.push(<DiscoveryBytes key="discovery" step={step} />)
      break
    case 'oidc.jwks':
    case 'jwt.key':
      if (split)
        parts.push(<JwksBytes key="jwks" trace={trace} jwks={jwks} kid={split.header.kid} />)
      break
    case 'trust.condition':
      parts.push(<ConditionBytes key="condition" steps={[step]} iss={iss} role={role} />)
      break
    case 'trust.statement': {
      const index = step.id.slice(step.id.lastIndexOf('.') + 1)
      const conditions = trace.steps.filter(
        (s): s is IrsaStepNamed<'trust.condition'> =>
          isStep(s, 'trust.condition') && s.id.startsWith(`trust.condition.${index}.`),
      )
      parts.push(<ConditionBytes key="conditions" steps={conditions} iss={iss} role={role} />)
      break
    }
    case 'trust.evaluate':
      // Where the chain stops on a denial: the conditions that failed, their values aligned.
      if (step.status === 'fail')
        parts.push(
          <ConditionBytes
            key="conditions"
            steps={trace.steps.filter(
              (s): s is IrsaStepNamed<'trust.condition'> =>
                isStep(s, 'trust.condition') && s.status === 'fail',
            )}
            iss={iss}
            role={role}
          />,
        )
      break
    case 'sts.request':
      if (request) parts.push(<StsRequestBytes key="request" request={request} />)
      break
    case 'sts.credentials':
      if (request)
        parts.push(<StsAnswerBytes key="answer" trace={trace} request={request} step={step} />)
      break
  }
  if (atEnd && step.status === 'fail' && request && step.name !== 'sts.credentials')
    parts.push(<StsAnswerBytes key="answer" trace={trace} request={request} step={step} />)
  if (parts.length === 0) return null
  return (
    <div className="step-bytes__all" data-testid="step-bytes" data-step={step.id}>
      {parts}
    </div>
  )
}
