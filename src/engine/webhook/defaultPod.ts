/**
 * The pod a scenario without one runs: the smallest pod that uses the ServiceAccount, with one
 * AWS CLI container that asks STS who it is — the usual first check of an IRSA set-up.
 */
import { DEFAULT_SERVICE_ACCOUNT } from './constants'
import { readServiceAccount } from './serviceAccount'

/** The container image of the default pod: the AWS CLI (entrypoint `aws`) from ECR Public. */
export const DEFAULT_POD_IMAGE = 'public.ecr.aws/aws-cli/aws-cli'

/**
 * A minimal pod `<sa>-pod` in the ServiceAccount's namespace that runs as it: one container `app`
 * running `aws sts get-caller-identity`. Without a ServiceAccount name it runs as `default`.
 * Never throws.
 */
export function defaultPod(serviceAccount: object): object {
  const { name, namespace } = readServiceAccount(serviceAccount)
  const account = name ?? DEFAULT_SERVICE_ACCOUNT
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `${account}-pod`, namespace: namespace ?? 'default' },
    spec: {
      serviceAccountName: account,
      containers: [{ name: 'app', image: DEFAULT_POD_IMAGE, args: ['sts', 'get-caller-identity'] }],
    },
  }
}
