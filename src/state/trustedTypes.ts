/**
 * Trusted Types (the CSP sends `require-trusted-types-for 'script'`): script URLs go through one
 * named policy, `irsa-lab`, which admits only this origin's files (the editors' workers, the
 * service worker). Monaco asks for its own policies (to render lines as HTML); they go through one
 * policy named `monaco` that applies Monaco's own rules. No other policy can be created
 * (`trusted-types irsa-lab monaco`, vite.config.ts).
 *
 * https://w3c.github.io/trusted-types/dist/spec/
 */

/** The shapes of the Trusted Types API we use (not in TypeScript's DOM library yet). */
interface PolicyRules {
  createHTML?: (value: string, ...args: unknown[]) => string
  createScript?: (value: string, ...args: unknown[]) => string
  createScriptURL?: (value: string, ...args: unknown[]) => string
}
type Policy = {
  createHTML(value: string, ...args: unknown[]): unknown
  createScript(value: string, ...args: unknown[]): unknown
  createScriptURL(value: string, ...args: unknown[]): unknown
}
type Factory = { createPolicy(name: string, rules: PolicyRules): Policy }

const factory = (globalThis as { trustedTypes?: Factory }).trustedTypes

/** The policy names the CSP allows. */
export const TRUSTED_TYPES_POLICIES = ['irsa-lab', 'monaco'] as const

let appPolicy: Policy | undefined
let monacoPolicy: Policy | undefined

/** A URL of this origin, as the Worker constructor or `serviceWorker.register` takes it. */
export function trustedScriptUrl(url: string | URL): string {
  const resolved = new URL(url, document.baseURI)
  if (resolved.origin !== window.location.origin)
    throw new TypeError(`Not a script of this origin: ${resolved.href}`)
  if (!factory) return resolved.href
  appPolicy ??= factory.createPolicy('irsa-lab', {
    createScriptURL: (value) => {
      if (new URL(value, document.baseURI).origin !== window.location.origin)
        throw new TypeError(`Not a script of this origin: ${value}`)
      return value
    },
  })
  // A TrustedScriptURL: the sinks take it where a string is typed.
  return appPolicy.createScriptURL(resolved.href) as string
}

/**
 * `MonacoEnvironment.createTrustedTypesPolicy`: each policy Monaco asks for becomes a view of the
 * one `monaco` policy that runs the rules Monaco passed (they are Monaco's, applied as it meant).
 */
export function createMonacoPolicy(
  _name: string,
  rules?: PolicyRules,
): (PolicyRules & { name: string }) | undefined {
  if (!factory) return undefined
  monacoPolicy ??= factory.createPolicy('monaco', {
    createHTML: (value, rule) => (rule as (v: string) => string)(value),
    createScript: (value, rule) => (rule as (v: string) => string)(value),
    createScriptURL: (value, rule) => (rule as (v: string) => string)(value),
  })
  const policy = monacoPolicy
  const view: PolicyRules & { name: string } = { name: 'monaco' }
  if (rules?.createHTML) {
    const rule = rules.createHTML
    view.createHTML = (value, ...args) =>
      policy.createHTML(value, (v: string) => rule(v, ...args)) as string
  }
  if (rules?.createScript) {
    const rule = rules.createScript
    view.createScript = (value, ...args) =>
      policy.createScript(value, (v: string) => rule(v, ...args)) as string
  }
  if (rules?.createScriptURL) {
    const rule = rules.createScriptURL
    view.createScriptURL = (value, ...args) =>
      policy.createScriptURL(value, (v: string) => rule(v, ...args)) as string
  }
  return view
}

/**
 * Monaco creates its policies while its modules are evaluated, before any code of ours in the
 * editors' chunk runs: the hook is installed when this module loads, which the app's entry does
 * (the service worker's registration imports it) long before the editors' chunk.
 */
const scope = globalThis as { MonacoEnvironment?: Record<string, unknown> }
scope.MonacoEnvironment = {
  ...scope.MonacoEnvironment,
  createTrustedTypesPolicy: createMonacoPolicy,
}
