/**
 * Triage from the symptom: the error text a user has, the few questions that tell its causes apart,
 * and for each cause the gallery scenario that reproduces it with its fix. Data only: sentences
 * live in the catalogue (`triage.symptoms.<id>`, `triage.questions.<id>`, `triage.causes.<id>`),
 * commands are the tools' own words and stay as written.
 *
 * Each symptom says how the engine shows it (`shows`): the error code the path starts from, in the
 * trace. `src/scenarios/triage/tree.test.ts` runs every leaf's preset through `simulate()` and
 * checks the trace shows its symptom — no leaf may land on a scenario that fails otherwise.
 *
 * Sources for the symptoms' causes: AWS re:Post Knowledge Center, "How do I troubleshoot IRSA
 * errors in Amazon EKS?" (https://repost.aws/knowledge-center/eks-troubleshoot-irsa-errors); EKS
 * User Guide, IRSA (the annotation is read when the pod is created; the webhook does not change a
 * running pod: https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html);
 * botocore's `NoCredentialsError` ("Unable to locate credentials": no provider of the default chain
 * found any — https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html).
 * The proof each error gives is ./proven.ts.
 */
import type { Trace } from '../../engine'
import { errorFacts, proofFor } from './proven'

/** How a trace shows a symptom. */
export type Symptom =
  /** STS refused with this code (and a message containing `message`). */
  | { kind: 'sts'; code: string; message?: string }
  /** The API call was denied with this code to the given principal. */
  | { kind: 'api'; code: string; principal: 'role' | 'node' }
  /** The SDK found no web identity settings and never called STS. */
  | { kind: 'noWebIdentity' }

export interface TriageLeaf {
  kind: 'leaf'
  /** Catalogue: `triage.causes.<cause>.title` / `.why` / `.fix`. */
  cause: string
  /** The gallery scenario that reproduces it (src/scenarios/presets). */
  presetId: string
  /** The command that fixes it, as typed (placeholders in angle brackets). */
  command: string
}

export interface TriageQuestion {
  kind: 'question'
  /** Catalogue: `triage.questions.<id>.text` and `.hint`; answers `.answers.<answer id>`. */
  id: string
  /** A command that prints what the question asks about, when one does. */
  command?: string
  answers: readonly { id: string; next: TriageNode }[]
}

export type TriageNode = TriageLeaf | TriageQuestion

export interface TriageStart {
  /** Catalogue: `triage.symptoms.<id>.label` (and `.hint`). */
  id: string
  /** The error text as the user sees it (AWS CLI / boto3 form), verbatim. */
  example: string
  shows: Symptom
  /** The rule of ./proven.ts the error matches: what it already proves passed. */
  proof?: string
  next: TriageNode
}

const leaf = (cause: string, presetId: string, command: string): TriageLeaf => ({
  kind: 'leaf',
  cause,
  presetId,
  command,
})

const FIX_TRUST = `aws iam get-role --role-name <ROLE> --query Role.AssumeRolePolicyDocument > trust-policy.json
# edit the :sub / :aud values, then
aws iam update-assume-role-policy --role-name <ROLE> --policy-document file://trust-policy.json`
const RESTART = 'kubectl rollout restart deployment/<DEPLOYMENT> -n <NAMESPACE>'

/** The node role or no web identity at all: the annotation, and when the pod was created. */
const WEBHOOK_NEVER_MUTATED: TriageQuestion = {
  kind: 'question',
  id: 'annotation',
  command: 'kubectl get serviceaccount <SERVICE_ACCOUNT> -n <NAMESPACE> -o yaml',
  answers: [
    {
      id: 'missing',
      next: leaf(
        'no-annotation',
        'node-role-fallback',
        `kubectl annotate serviceaccount <SERVICE_ACCOUNT> -n <NAMESPACE> eks.amazonaws.com/role-arn=arn:aws:iam::<ACCOUNT_ID>:role/<ROLE>\n${RESTART}`,
      ),
    },
    {
      id: 'present',
      next: leaf('annotation-after-pod-start', 'annotation-after-pod-start', RESTART),
    },
  ],
}

export const TRIAGE: readonly TriageStart[] = [
  {
    id: 'no-provider',
    proof: 'no-provider',
    example:
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://oidc.eks.<REGION>.amazonaws.com/id/<ID>',
    shows: {
      kind: 'sts',
      code: 'InvalidIdentityToken',
      message: 'No OpenIDConnect provider found',
    },
    next: {
      kind: 'question',
      id: 'role-account',
      command:
        "kubectl get serviceaccount <SERVICE_ACCOUNT> -n <NAMESPACE> -o jsonpath='{.metadata.annotations.eks\\.amazonaws\\.com/role-arn}'",
      answers: [
        {
          id: 'other',
          next: leaf(
            'provider-in-role-account',
            'cross-account-no-provider',
            'aws iam create-open-id-connect-provider --url https://oidc.eks.<REGION>.amazonaws.com/id/<ID> --client-id-list sts.amazonaws.com  # in the role’s account',
          ),
        },
        {
          id: 'same',
          next: leaf(
            'provider-missing',
            'other-cluster-issuer',
            'eksctl utils associate-iam-oidc-provider --cluster <CLUSTER> --approve',
          ),
        },
      ],
    },
  },
  {
    id: 'incorrect-audience',
    proof: 'incorrect-audience',
    example:
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    shows: { kind: 'sts', code: 'InvalidIdentityToken', message: 'Incorrect token audience' },
    next: {
      kind: 'question',
      id: 'token-aud',
      command:
        "kubectl exec <POD> -n <NAMESPACE> -- cat /var/run/secrets/eks.amazonaws.com/serviceaccount/token | cut -d. -f2 | tr '_-' '/+' | base64 -d 2>/dev/null",
      answers: [
        {
          id: 'sts',
          next: leaf(
            'provider-client-id',
            'provider-client-id-wrong',
            'aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn arn:aws:iam::<ACCOUNT_ID>:oidc-provider/oidc.eks.<REGION>.amazonaws.com/id/<ID> --client-id sts.amazonaws.com',
          ),
        },
        {
          id: 'other',
          next: leaf(
            'token-audience',
            'default-token-audience',
            `kubectl annotate serviceaccount <SERVICE_ACCOUNT> -n <NAMESPACE> eks.amazonaws.com/audience=sts.amazonaws.com --overwrite\n${RESTART}`,
          ),
        },
      ],
    },
  },
  {
    id: 'sts-access-denied',
    proof: 'sts-access-denied',
    example:
      'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    shows: { kind: 'sts', code: 'AccessDenied' },
    next: {
      kind: 'question',
      id: 'sub-compare',
      command: 'aws iam get-role --role-name <ROLE> --query Role.AssumeRolePolicyDocument',
      answers: [
        { id: 'namespace', next: leaf('sub-namespace', 'wrong-namespace', FIX_TRUST) },
        {
          id: 'name',
          next: leaf('sub-service-account', 'wrong-service-account', FIX_TRUST),
        },
        {
          id: 'wildcard',
          next: leaf(
            'wildcard-string-equals',
            'string-equals-wildcard',
            `${FIX_TRUST}\n# or write the whole value: system:serviceaccount:<NAMESPACE>:<SERVICE_ACCOUNT>`,
          ),
        },
        {
          id: 'equal',
          next: {
            kind: 'question',
            id: 'other-statements',
            answers: [
              { id: 'deny', next: leaf('explicit-deny', 'explicit-deny', FIX_TRUST) },
              { id: 'swapped', next: leaf('aud-sub-swapped', 'aud-sub-swapped', FIX_TRUST) },
            ],
          },
        },
      ],
    },
  },
  {
    id: 'api-denied-role',
    proof: 'api-denied-role',
    example:
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/<ROLE>/<SESSION> is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::<BUCKET>/<KEY>" because no identity-based policy allows the s3:PutObject action',
    shows: { kind: 'api', code: 'AccessDenied', principal: 'role' },
    next: leaf(
      'permission-policy',
      's3-upload-denied',
      'aws iam put-role-policy --role-name <ROLE> --policy-name <POLICY> --policy-document file://permission-policy.json',
    ),
  },
  {
    id: 'api-denied-node',
    proof: 'api-denied-node',
    example:
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::<ACCOUNT_ID>:assumed-role/<NODE_ROLE>/i-0a1b2c3d4e5f67890 is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::<BUCKET>/<KEY>" because no identity-based policy allows the s3:PutObject action',
    shows: { kind: 'api', code: 'AccessDenied', principal: 'node' },
    next: WEBHOOK_NEVER_MUTATED,
  },
  {
    id: 'no-credentials',
    example: 'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
    shows: { kind: 'noWebIdentity' },
    next: WEBHOOK_NEVER_MUTATED,
  },
  {
    id: 'expired',
    proof: 'expired',
    example:
      'An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time <NOW> must be before the expiration date/time<EXP>',
    shows: { kind: 'sts', code: 'ExpiredTokenException' },
    next: leaf(
      'expired-token',
      'expired-token',
      '# read the token file again before each STS call (the SDKs do); the kubelet rotates it\n' +
        RESTART,
    ),
  },
]

/** The symptom of a starting point, as the leaves' traces must show it. */
export function traceShows(symptom: Symptom, trace: Trace): boolean {
  switch (symptom.kind) {
    case 'sts':
      return (
        trace.outcome === 'denied' &&
        trace.error?.code === symptom.code &&
        (symptom.message === undefined || trace.error.message.includes(symptom.message))
      )
    case 'api': {
      const call = trace.steps.find((s) => s.id === 'api.call')
      const error = call?.data?.error as { code?: string } | undefined
      if (call?.status !== 'fail' || error?.code !== symptom.code) return false
      const viaNode = typeof call.data?.nodeRoleArn === 'string'
      return symptom.principal === 'node' ? viaNode : !viaNode
    }
    case 'noWebIdentity':
      return (
        trace.findings.some((f) => f.code === 'sdk.no-web-identity') &&
        trace.steps.find((s) => s.id === 'sts.request')?.status === 'skip'
      )
  }
}

/** Every leaf under a node, with the answers that lead to it. */
export function leavesOf(
  node: TriageNode,
  path: readonly string[] = [],
): { leaf: TriageLeaf; path: string[] }[] {
  if (node.kind === 'leaf') return [{ leaf: node, path: [...path] }]
  return node.answers.flatMap((a) => leavesOf(a.next, [...path, `${node.id}=${a.id}`]))
}

/** Every question under a node (each once). */
export function questionsOf(node: TriageNode): TriageQuestion[] {
  if (node.kind === 'leaf') return []
  return [node, ...node.answers.flatMap((a) => questionsOf(a.next))]
}

/** The starting point for an error text as pasted, when one matches it. */
export function startFor(text: string): TriageStart | undefined {
  const facts = errorFacts(text)
  if (facts.noCredentials) return TRIAGE.find((s) => s.shows.kind === 'noWebIdentity')
  const proof = proofFor(facts)
  return proof ? TRIAGE.find((s) => s.proof === proof.rule.id) : undefined
}
