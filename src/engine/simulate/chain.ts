/**
 * The one chain runner behind `simulate()` (IRSA) and `simulatePodIdentity()` (EKS Pod Identity):
 * normalise the scenario → resolve the instant → parse the manifests and the token → stop with
 * 'invalid-input' when a manifest is unusable → build the run's context → run the stages →
 * assemble the Trace. An exception is an engine bug, never bad input: it becomes an
 * internal-error finding, so property tests catch it and users keep their work.
 *
 * A chain says only what differs (`ChainDefinition`): its stages, its context, its findings, and
 * what its trace adds.
 */
import { decodeToken, type DecodedToken } from '../jwt'
import { parseYamlDocument, type ParsedDocument } from '../text/document'
import { loadYamlLibrary, yamlLibraryLoaded } from '../text/yamlLibrary'
import type { ChainStep } from '../steps'
import type { Finding, Trace } from '../types'
import { defaultPod } from '../webhook'
import { resolveInstant } from './clock'
import { runPipeline, skippedSteps, type AnyStage } from './pipeline'

/** What every chain's scenario has: the manifests, the token, an instant and an optional call. */
export interface ChainScenario {
  now?: string
  serviceAccount: string
  pod?: string
  token: string
  call?: unknown
}

/** The inputs every chain parses the same way, and the instant. */
export interface ChainInputs<Sc extends ChainScenario> {
  scenario: Sc
  now: Date
  nowSeconds: number
  nowIso: string
  serviceAccount: ParsedDocument
  podDocument?: ParsedDocument
  /** The pod as given, or the minimal pod that uses the ServiceAccount. */
  pod: object
  token: DecodedToken
}

export interface ChainDefinition<Sc extends ChainScenario, Ctx, Data, Extra> {
  stages: readonly AnyStage<Ctx, Data>[]
  /** Fills what is missing, with findings saying what was wrong. */
  normalize(input: unknown): { scenario: Sc; findings: Finding[] }
  /** Where the instant comes from, in order, with the label an invalid one is reported under. */
  instants(scenario: Sc, options: { now?: string }): { value: string | undefined; label: string }[]
  /** The finding for an instant that is not ISO 8601. */
  invalidInstant(label: string): Finding
  /** Findings about the parsed inputs beyond each document's own (after those). */
  inputFindings?(inputs: Omit<ChainInputs<Sc>, 'pod'>): Finding[]
  /** The run's context, from usable inputs. */
  context(inputs: ChainInputs<Sc>): Ctx
  /** Work to start before the stages run (e.g. the signature check, which overlaps them). */
  start?(ctx: Ctx): void
  /** The trace's outcome and the fields only this chain has (all optional), after the stages ran. */
  assemble(ctx: Ctx): { outcome: Trace['outcome']; extra: Extra }
  /** The finding for an engine bug. */
  internalError(message: string): Finding
}

/** A chain's trace: the contract's Trace with its typed steps and its own fields. */
export type ChainTrace<Data, Extra> = Omit<Trace, 'steps'> & { steps: ChainStep<Data>[] } & Extra

/** A manifest the API server would reject (syntax errors, not a mapping) cannot be simulated. */
function usable(doc: ParsedDocument): boolean {
  return doc.ok && typeof doc.value === 'object' && doc.value !== null && !Array.isArray(doc.value)
}

/** Runs one chain for one scenario. Never throws on user input. */
export async function runChain<Sc extends ChainScenario, Ctx, Data, Extra extends object>(
  chain: ChainDefinition<Sc, Ctx, Data, Extra>,
  input: unknown,
  options: { now?: string },
): Promise<ChainTrace<Data, Extra>> {
  const { scenario, findings } = chain.normalize(input)
  try {
    const now = resolveInstant(chain.instants(scenario, options), (label) =>
      findings.push(chain.invalidInstant(label)),
    )
    const nowSeconds = Math.floor(now.getTime() / 1000)
    const nowIso = now.toISOString()
    // A YAML text not parsed before needs the library (loaded on first need: yamlLibrary.ts).
    if (
      !yamlLibraryLoaded() &&
      !(
        parseYamlDocument.has(scenario.serviceAccount, 'serviceAccount') &&
        (scenario.pod === undefined || parseYamlDocument.has(scenario.pod, 'pod'))
      )
    )
      await loadYamlLibrary()
    const serviceAccount = parseYamlDocument(scenario.serviceAccount, 'serviceAccount')
    const podDocument =
      scenario.pod !== undefined ? parseYamlDocument(scenario.pod, 'pod') : undefined
    const token = decodeToken(scenario.token)
    const parsed = {
      scenario,
      now,
      nowSeconds,
      nowIso,
      serviceAccount,
      token,
      ...(podDocument ? { podDocument } : {}),
    }
    const runnable = usable(serviceAccount) && (!podDocument || usable(podDocument))
    // The context (pure construction) and the early work (the signature check, dispatched to
    // WebCrypto's thread) come before the input findings: those scans then overlap the check
    // too. The findings keep their order: the documents', the token's, then the chain's own.
    let ctx: Ctx | undefined
    if (runnable) {
      const pod =
        (podDocument?.value as object | undefined) ?? defaultPod(serviceAccount.value as object)
      ctx = chain.context({ ...parsed, pod })
      chain.start?.(ctx)
    }
    findings.push(...serviceAccount.findings, ...(podDocument?.findings ?? []), ...token.findings)
    findings.push(...(chain.inputFindings?.(parsed) ?? []))

    if (!ctx) {
      const stages = chain.stages.filter((s) => s.id !== 'api.call' || scenario.call)
      const steps = skippedSteps(stages)
      return { outcome: 'invalid-input', steps, findings, now: nowIso } as ChainTrace<Data, Extra>
    }
    const result = await runPipeline(chain.stages, ctx)
    findings.push(...result.findings)
    const { outcome, extra } = chain.assemble(ctx)
    const trace: Omit<Trace, 'steps'> & { steps: ChainStep<Data>[] } = {
      outcome,
      steps: result.steps,
      findings,
      now: nowIso,
    }
    if (result.error) trace.error = result.error
    return Object.assign(trace, extra)
  } catch (error) {
    findings.push(
      chain.internalError(
        `Internal error: ${error instanceof Error ? error.message : String(error)}`,
      ),
    )
    return { outcome: 'invalid-input', steps: [], findings } as ChainTrace<Data, Extra>
  }
}
