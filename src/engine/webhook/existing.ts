/**
 * A running pod pasted from `kubectl get pod -o yaml`: did the webhook mutate it when it was
 * created? The webhook acts only on CREATE, so a running pod is never mutated again; the question
 * is whether it got the IRSA injection then.
 *
 * amazon-eks-pod-identity-webhook (pkg/handler/handler.go) skips what is already there:
 * `addEnvToContainer` adds AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE only when neither is set and
 * the mount only when no mount of its volume exists; `getPodSpecPatch` adds the volume only when
 * none of that name exists. It still answers with the `/spec/containers` operation (the containers
 * as they are), and `MutatePod` logs "Pod was not mutated. Reason: Required volume mounts and env
 * variables were already present" when its `changed` is false. So a non-empty patch does not mean
 * "something would be injected": `PodMutation.changed` does.
 */
import type { PodMutation } from '../types'
import { ENV, WEBHOOK_DEFAULTS } from './constants'
import { isObject, own } from './json'

const named = (list: unknown, name: string) =>
  Array.isArray(list) && list.some((entry) => isObject(entry) && own(entry, 'name') === name)

/**
 * Whether a pod carries the IRSA injection: it has the token volume (`aws-iam-token`, handler.go's
 * volName) and every container has AWS_ROLE_ARN, AWS_WEB_IDENTITY_TOKEN_FILE and a mount of that
 * volume. The region and regional-STS variables are not required: a webhook older than the flags
 * that add them (or run without them) left them out, and the SDK works without them.
 */
export function carriesIrsaInjection(pod: unknown): boolean {
  const spec = isObject(pod) ? own(pod, 'spec') : undefined
  if (!isObject(spec)) return false
  const containers = own(spec, 'containers')
  if (!Array.isArray(containers) || containers.length === 0) return false
  if (!named(own(spec, 'volumes'), WEBHOOK_DEFAULTS.volumeName)) return false
  return containers.every(
    (container) =>
      isObject(container) &&
      named(own(container, 'env'), ENV.roleArn) &&
      named(own(container, 'env'), ENV.tokenFile) &&
      named(own(container, 'volumeMounts'), WEBHOOK_DEFAULTS.volumeName),
  )
}

/**
 * Whether the webhook would inject something into a new pod like this running one, i.e. whether
 * the running pod lacks the injection its ServiceAccount asks for (delete it so that its
 * replacement is mutated). False for a pod that was mutated already.
 */
export function wouldInjectIntoExisting(pod: unknown, mutation: PodMutation): boolean {
  if (mutation.skipped) return false
  if (carriesIrsaInjection(pod)) return false
  return mutation.changed ?? mutation.patch.length > 0
}
