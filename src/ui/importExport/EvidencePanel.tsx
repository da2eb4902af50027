/**
 * Evidence from a real failure in the paste (an AWS error line, a CloudTrail event, a decoded
 * payload): what it says, which checks it proves passed ("proven by your error" — no JWKS or
 * provider needed), the trust policy condition that denies it down to the characters, the command
 * that fixes the role, and a scenario that reproduces it.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from '../../i18n/useTranslation'
import { generateClusterKey } from '../../engine'
import {
  fixCommand,
  reachesCloudTrail,
  triageSubject,
  type Evidence,
} from '../../scenarios/import/evidence'
import { canReproduce, evidenceScenario } from '../../scenarios/import/evidenceScenario'
import { proofFor, type Proof } from '../../scenarios/triage/proven'
import { useAppStore } from '../../state/store'
import { useTriageStore } from '../../state/triageStore'
import { CodeBlock } from './CodeBlock'

async function reproduce(evidence: Evidence, trustPolicy: string | undefined) {
  const key = await generateClusterKey('RS256')
  const at = evidence.time ? Date.parse(evidence.time) : Date.now()
  const issuedAt = new Date(
    Math.floor((Number.isFinite(at) ? at : Date.now()) / 1000) * 1000 - 60_000,
  ).toISOString()
  const scenario = await evidenceScenario(evidence, trustPolicy, { key, issuedAt })
  if (!scenario) return false
  useAppStore.getState().loadScenario(scenario, {
    alg: 'RS256',
    kid: key.kid,
    privateJwk: key.privateJwk,
    publicJwk: key.publicJwk,
  })
  // The steps the error proves passed say so while this scenario's token is the one in use.
  const proof = proofFor({ code: evidence.errorCode, message: evidence.errorMessage })
  useTriageStore
    .getState()
    .setProof(
      proof
        ? { ruleId: proof.rule.id, code: proof.code, steps: proof.steps, token: scenario.token }
        : undefined,
    )
  return true
}

/** The checks the sentence names, from the proof's steps (provider, audience, signature, time). */
const CHECK_OF_STEP = {
  'iam.provider': 'provider',
  'sts.audience': 'audience',
  'jwt.signature': 'signature',
  'jwt.time': 'time',
} as const

function provenChecks(proof: Proof | undefined) {
  return (Object.keys(CHECK_OF_STEP) as (keyof typeof CHECK_OF_STEP)[])
    .filter((step) => proof?.steps.includes(step))
    .map((step) => CHECK_OF_STEP[step])
}

export function EvidencePanel({
  evidence,
  trustPolicy,
}: {
  evidence: Evidence
  trustPolicy: string | undefined
}) {
  const { t } = useTranslation()
  const [done, setDone] = useState(false)
  const triage = useMemo(
    () =>
      trustPolicy && evidence.sub
        ? triageSubject(trustPolicy, evidence.sub, evidence.aud)
        : undefined,
    [trustPolicy, evidence],
  )
  if (evidence.otherEvent !== undefined)
    return (
      <section className="ie-evidence" data-testid="evidence">
        <p>{t('audit.evidence.otherEvent', { name: evidence.otherEvent })}</p>
      </section>
    )
  const missing = t('audit.evidence.notProvided')
  const proof = proofFor({ code: evidence.errorCode, message: evidence.errorMessage })
  const proven = provenChecks(proof)
  const roleName = evidence.roleArn?.split('/').pop() ?? 'ROLE'
  return (
    <section className="ie-evidence" aria-labelledby="ie-evidence-title" data-testid="evidence">
      <h3 id="ie-evidence-title">{t('audit.evidence.title')}</h3>
      {evidence.errorCode && (
        <p>
          <strong>
            {t('audit.evidence.error', {
              code: evidence.errorCode,
              message: evidence.errorMessage ?? '',
            })}
          </strong>
        </p>
      )}
      <p>
        {t('audit.evidence.facts', {
          provider: evidence.provider ?? missing,
          sub: evidence.sub ?? missing,
          aud: evidence.aud ?? missing,
          role: evidence.roleArn ?? missing,
          time: evidence.time ?? missing,
        })}
      </p>
      {proven.length > 0 && (
        <p data-testid="evidence-proven">
          ✔{' '}
          {t('audit.evidence.proven', {
            checks: proven.map((c) => t(`audit.evidence.checks.${c}`)).join(', '),
          })}
        </p>
      )}
      {proof && (
        <p className="ie-proof" data-testid="evidence-proof">
          {t(`proven.reasons.${proof.rule.id}`)}
          {proof.rule.ordered && <> {t('proven.ordered')}</>}
        </p>
      )}
      {!reachesCloudTrail(evidence) && <p>{t('audit.evidence.noCloudTrail')}</p>}
      {evidence.errorCode === 'AccessDenied' && !trustPolicy && (
        <p>{t('audit.evidence.needTrust', { role: roleName })}</p>
      )}
      {triage?.admitted && <p>{t('audit.evidence.admitted', { sub: evidence.sub })}</p>}
      {triage?.closest && (
        <p data-testid="evidence-mismatch">
          ✘{' '}
          {t('audit.evidence.mismatch', {
            expected: triage.closest.pattern,
            actual: evidence.sub,
          })}{' '}
          <code className="ie-diff">
            {triage.closest.diff.prefix}
            <del>{triage.closest.diff.expected}</del>
            <ins>{triage.closest.diff.actual}</ins>
            {triage.closest.diff.suffix}
          </code>
        </p>
      )}
      {triage && triage.audienceAdmitted === false && (
        <p>✘ {t('audit.evidence.audienceMismatch', { aud: evidence.aud })}</p>
      )}
      {triage?.fixedPolicy && (
        <>
          <p>{t('audit.evidence.fix')}</p>
          <CodeBlock
            label={t('audit.evidence.fix')}
            text={`cat > trust-policy.json <<'EOF'\n${triage.fixedPolicy}\nEOF\n${fixCommand(evidence.roleArn, roleName)}`}
          />
        </>
      )}
      {canReproduce(evidence, trustPolicy) && (
        <div className="ie-actions">
          <button
            type="button"
            className="ie-primary"
            onClick={() => void reproduce(evidence, trustPolicy).then(setDone)}
          >
            {t('audit.evidence.reproduce')}
          </button>
        </div>
      )}
      <p role="status">{done && t('audit.evidence.reproduced')}</p>
    </section>
  )
}
