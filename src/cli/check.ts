/// <reference types="node" />
/**
 * `irsa-lab check --scenario FILE | --paste FILE [--now ISO] [--json]`: the verdict the app shows
 * for a scenario (or for what `kubectl`, `aws` and `curl` printed, read by the app's import), in
 * a terminal: the outcome, the failing step, one sentence of why, the fixes, and what the AWS CLI
 * prints. Exit code 0 issued, 1 denied, 2 bad input. `--json` prints the engine's trace instead.
 */
import { createInstance, type TFunction } from 'i18next'
import { simulate, type IrsaTrace } from '../engine'
import * as enCore from '../i18n/locales/en/core'
import * as enRest from '../i18n/locales/en/rest'
import { draftFromScenario, scenarioFromDraft, type ScenarioDraft } from '../scenarios/draft'
import { fixesFor } from '../scenarios/fixes'
import { combineDetections, detectPaste } from '../scenarios/import/detect'
import { missingPieces } from '../scenarios/import/missing'
import { awsCliRun } from '../ui/format/awsCli'
import { explainFailure } from '../ui/verdict/why'
import { parseOptions, validInstant } from './args'
import { EXIT_BAD_INPUT, type CliIo } from './command'
import { readInput, scenarioFromText, type LoadedScenario } from './loadScenario'

export const EXIT = { issued: 0, denied: 1, badInput: EXIT_BAD_INPUT } as const

const HELP = `usage: irsa-lab check (--scenario FILE | --paste FILE) [--now ISO] [--json]

The verdict IRSA Lab shows for a scenario: outcome, failing step, why, the fix, and what the
AWS CLI prints. Exit code 0: credentials issued, 1: denied, 2: bad input.

  --scenario FILE  a scenario file exported by the app, or a Scenario JSON (engine contract)
  --paste FILE     what kubectl, aws and curl printed (token, ServiceAccount, get-role,
                   get-open-id-connect-provider, the issuer's keys…), as the app's import reads it
                   ('-': standard input)
  --now ISO        the clock (default: the scenario's now; for --paste, the real time)
  --json           print the engine's trace as JSON
`

/** English messages, the app's catalogue (the same sentences as the verdict). */
async function translator(): Promise<TFunction> {
  const i18n = createInstance()
  await i18n.init({
    resources: { en: { translation: { ...enCore, ...enRest } } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18n.t
}

/** A draft from pasted tool output; what is still missing (required pieces) makes it bad input. */
function draftFromPaste(
  text: string,
  now: string,
): { ok: true; draft: ScenarioDraft } | { ok: false; reason: string } {
  const detections = detectPaste(text, { now }).filter(
    (d) => d.kind !== 'unknown' && d.kind !== 'tooLarge',
  )
  if (detections.length === 0)
    return { ok: false, reason: 'nothing in it was recognised as kubectl, aws or curl output' }
  const { patch, hints } = combineDetections(detections)
  const missing = missingPieces(patch, hints).filter((p) => !p.optional)
  if (missing.length > 0) {
    const lines = missing.map((p) => `  ${p.id}: ${p.commands[0] ?? ''}`)
    return {
      ok: false,
      reason: `a verdict needs more; paste the output of:\n${lines.join('\n')}`,
    }
  }
  const draft: ScenarioDraft = {
    token: '',
    serviceAccount: '',
    pod: '',
    issuer: '',
    jwks: '',
    oidcProviders: '[]',
    accountId: '',
    roleName: '',
    maxSessionDuration: 3600,
    trustPolicy: '',
    permissionPolicy: '',
    request: '{}',
    now,
    call: { action: '', resource: '' },
    ...patch,
  }
  return { ok: true, draft }
}

/** The verdict as text, in the order the app shows it. */
export function verdictText(trace: IrsaTrace, draft: ScenarioDraft, t: TFunction): string {
  const out: string[] = []
  const failing = explainFailure(trace)
  if (trace.outcome === 'issued' && trace.response) {
    out.push(`✔ ${t('verdict.issued')}`)
    out.push(
      t('verdict.issuedBody', {
        subject: trace.response.SubjectFromWebIdentityToken,
        arn: trace.response.AssumedRoleUser.Arn,
      }),
    )
  } else if (trace.outcome === 'invalid-input') {
    out.push(t('verdict.invalid'), t('verdict.invalidBody'))
  } else {
    out.push(
      `✘ ${trace.error ? `${t('verdict.denied')}: ${trace.error.code} (HTTP ${trace.error.httpStatus})` : t('verdict.neverCalled')}`,
    )
  }
  if (failing) {
    out.push(`${t('verdict.stoppedAt')} ${failing.step.id} — ${failing.step.title}`)
    const why =
      failing.key === 'generic'
        ? t('verdict.why.generic', { title: failing.step.title })
        : t(`verdict.why.${failing.key}`, failing.values)
    out.push(why)
    for (const assumption of failing.step.assumptions ?? [])
      out.push(`${t('verdict.assumptionsTitle')}: ${assumption}`)
  }
  for (const fix of fixesFor(draft, trace))
    out.push(`${t('verdict.fixesTitle')}: ${t(fix.labelKey, fix.labelValues ?? {})}`)
  const cli = awsCliRun(trace, draft.token)
  if (cli && trace.outcome !== 'issued') {
    out.push('', `${t('verdict.cliLabel')} (exit ${cli.exitCode}):${cli.stderr.trimEnd()}`)
  } else if (cli) {
    out.push('', `${t('verdict.credentialsLabel')}:`, cli.stdout.trimEnd())
  }
  const errors = trace.findings.filter((f) => f.severity === 'error')
  if (errors.length > 0) {
    out.push('')
    for (const f of errors) out.push(`error: ${f.source}${f.pointer ?? ''}: ${f.message}`)
  }
  return `${out.join('\n')}\n`
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(args, {
    scenario: { type: 'string' },
    paste: { type: 'string' },
    now: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  })
  if (!parsed.ok) {
    io.stderr(`irsa-lab check: ${parsed.reason}\n\n${HELP}`)
    return EXIT.badInput
  }
  const { values } = parsed
  if (values.help) {
    io.stdout(HELP)
    return 0
  }
  const file = typeof values.scenario === 'string' ? values.scenario : undefined
  const paste = typeof values.paste === 'string' ? values.paste : undefined
  if ((file === undefined) === (paste === undefined)) {
    io.stderr(`irsa-lab check: give one of --scenario FILE or --paste FILE\n\n${HELP}`)
    return EXIT.badInput
  }
  const now = typeof values.now === 'string' ? values.now : undefined
  if (now !== undefined && !validInstant(now)) {
    io.stderr(`irsa-lab check: --now must be an ISO 8601 instant, e.g. 2026-11-29T12:00:00Z\n`)
    return EXIT.badInput
  }
  const path = (file ?? paste)!
  const input = await readInput(path)
  if (!input.ok) {
    io.stderr(`irsa-lab check: cannot read ${path}: ${input.reason}\n`)
    return EXIT.badInput
  }
  let loaded: LoadedScenario
  if (file !== undefined) {
    loaded = scenarioFromText(input.text)
  } else {
    const pasted = draftFromPaste(input.text, now ?? new Date().toISOString())
    loaded = pasted.ok
      ? {
          ...scenarioFromDraft(pasted.draft),
          ok: true,
          draft: pasted.draft,
          format: 'scenarioFile',
        }
      : pasted
  }
  if (!loaded.ok) {
    io.stderr(`irsa-lab check: ${path}: ${loaded.reason}\n`)
    return EXIT.badInput
  }
  const trace = await simulate(loaded.scenario, now === undefined ? {} : { now })
  trace.findings.unshift(...loaded.findings)
  if (values.json) io.stdout(`${JSON.stringify(trace, null, 2)}\n`)
  else
    io.stdout(
      verdictText(trace, loaded.draft ?? draftFromScenario(loaded.scenario), await translator()),
    )
  return trace.outcome === 'issued'
    ? EXIT.issued
    : trace.outcome === 'denied'
      ? EXIT.denied
      : EXIT.badInput
}
