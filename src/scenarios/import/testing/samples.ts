/**
 * Realistic output of the tools `detectPaste` reads, for unit tests and e2e journeys: a cluster
 * `photos-prod` in eu-west-1, account 111122223333, ServiceAccount `photos/uploader` and role
 * `photo-uploader`. Written by hand after what kubectl 1.31, AWS CLI v2 and EKS print.
 */

export const ACCOUNT = '111122223333'
export const ISSUER = 'https://oidc.eks.eu-west-1.amazonaws.com/id/5C0FFEE1D2E3F4A5B6C7D8E9F0A1B2C3'
export const HOST_PATH = ISSUER.slice('https://'.length)
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/photo-uploader`
export const PROVIDER_ARN = `arn:aws:iam::${ACCOUNT}:oidc-provider/${HOST_PATH}`

const b64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** A token shaped like a projected ServiceAccount token (the signature is not a real one). */
export function fakeToken(claims: Record<string, unknown> = {}): string {
  const header = { alg: 'RS256', kid: '3f9c1b7e0a5d4c2b8e6f1a9d7c5b3e1f0a2c4e6b' }
  const payload = {
    aud: ['sts.amazonaws.com'],
    exp: 1774512000,
    iat: 1774425600,
    iss: ISSUER,
    'kubernetes.io': {
      namespace: 'photos',
      pod: { name: 'uploader-7d9f8b6c5-x2k4q', uid: '0c3e5a7b-1d2f-4e6a-8b9c-0d1e2f3a4b5c' },
      serviceaccount: { name: 'uploader', uid: '5b0f3c1e-9a57-4b5e-8f0e-2f1c7d9a6b21' },
    },
    nbf: 1774425600,
    sub: 'system:serviceaccount:photos:uploader',
    ...claims,
  }
  return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.${b64url('not-a-real-signature-but-long-enough-to-look-like-one')}`
}

export const TRUST_POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Federated: PROVIDER_ARN },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: {
        StringEquals: {
          [`${HOST_PATH}:sub`]: 'system:serviceaccount:photos:uploader',
          [`${HOST_PATH}:aud`]: 'sts.amazonaws.com',
        },
      },
    },
  ],
}

export const PERMISSION_POLICY = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['s3:PutObject'], Resource: 'arn:aws:s3:::photos-prod-uploads/*' },
  ],
}

const json = (value: unknown) => JSON.stringify(value, null, 4)

/** `kubectl get sa uploader -n photos -o yaml` */
export const SA_YAML = `apiVersion: v1
kind: ServiceAccount
metadata:
  annotations:
    eks.amazonaws.com/role-arn: ${ROLE_ARN}
    kubectl.kubernetes.io/last-applied-configuration: |
      {"apiVersion":"v1","kind":"ServiceAccount","metadata":{"annotations":{"eks.amazonaws.com/role-arn":"${ROLE_ARN}"},"name":"uploader","namespace":"photos"}}
  creationTimestamp: "2026-03-02T07:41:12Z"
  name: uploader
  namespace: photos
  resourceVersion: "48213"
  uid: 5b0f3c1e-9a57-4b5e-8f0e-2f1c7d9a6b21
`

/** `kubectl get sa uploader -n photos -o json` */
export const SA_JSON = json({
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  metadata: {
    annotations: { 'eks.amazonaws.com/role-arn': ROLE_ARN },
    creationTimestamp: '2026-03-02T07:41:12Z',
    name: 'uploader',
    namespace: 'photos',
    resourceVersion: '48213',
    uid: '5b0f3c1e-9a57-4b5e-8f0e-2f1c7d9a6b21',
  },
})

/** `kubectl get pod uploader-7d9f8b6c5-x2k4q -n photos -o yaml` (already mutated, running). */
export const POD_YAML = `apiVersion: v1
kind: Pod
metadata:
  creationTimestamp: "2026-03-02T08:02:37Z"
  generateName: uploader-7d9f8b6c5-
  labels:
    app: uploader
    pod-template-hash: 7d9f8b6c5
  name: uploader-7d9f8b6c5-x2k4q
  namespace: photos
  uid: 0c3e5a7b-1d2f-4e6a-8b9c-0d1e2f3a4b5c
spec:
  containers:
  - env:
    - name: AWS_STS_REGIONAL_ENDPOINTS
      value: regional
    - name: AWS_DEFAULT_REGION
      value: eu-west-1
    - name: AWS_REGION
      value: eu-west-1
    - name: AWS_ROLE_ARN
      value: ${ROLE_ARN}
    - name: AWS_WEB_IDENTITY_TOKEN_FILE
      value: /var/run/secrets/eks.amazonaws.com/serviceaccount/token
    image: 111122223333.dkr.ecr.eu-west-1.amazonaws.com/uploader:1.4.2
    name: uploader
    volumeMounts:
    - mountPath: /var/run/secrets/eks.amazonaws.com/serviceaccount
      name: aws-iam-token
      readOnly: true
  serviceAccount: uploader
  serviceAccountName: uploader
  volumes:
  - name: aws-iam-token
    projected:
      defaultMode: 420
      sources:
      - serviceAccountToken:
          audience: sts.amazonaws.com
          expirationSeconds: 86400
          path: token
status:
  phase: Running
  podIP: 192.168.41.17
  qosClass: BestEffort
  startTime: "2026-03-02T08:02:37Z"
`

/** `kubectl get sa,pod -n photos -o yaml`: a List. */
export const LIST_YAML = `apiVersion: v1
items:
- apiVersion: v1
  kind: ServiceAccount
  metadata:
    annotations:
      eks.amazonaws.com/role-arn: ${ROLE_ARN}
    name: uploader
    namespace: photos
- apiVersion: v1
  kind: Pod
  metadata:
    name: uploader-7d9f8b6c5-x2k4q
    namespace: photos
  spec:
    containers:
    - image: busybox
      name: main
    serviceAccountName: uploader
  status:
    phase: Running
kind: List
metadata:
  resourceVersion: ""
`

const roleOutput = (document: unknown) =>
  json({
    Role: {
      Path: '/',
      RoleName: 'photo-uploader',
      RoleId: 'AROARZ5EXAMPLE7ID3KQ',
      Arn: ROLE_ARN,
      CreateDate: '2026-03-02T07:38:55+00:00',
      AssumeRolePolicyDocument: document,
      Description: 'IRSA role for photos/uploader',
      MaxSessionDuration: 7200,
      RoleLastUsed: { LastUsedDate: '2026-03-02T08:03:01+00:00', Region: 'eu-west-1' },
    },
  })

/** `aws iam get-role --role-name photo-uploader` */
export const GET_ROLE = roleOutput(TRUST_POLICY)
/** The same, with the document URL-encoded as the IAM API returns it. */
export const GET_ROLE_ENCODED = roleOutput(encodeURIComponent(JSON.stringify(TRUST_POLICY)))

/** `aws iam get-role --role-name photo-uploader --output yaml` */
export const GET_ROLE_YAML = `Role:
  Arn: ${ROLE_ARN}
  AssumeRolePolicyDocument:
    Statement:
    - Action: sts:AssumeRoleWithWebIdentity
      Effect: Allow
      Principal:
        Federated: ${PROVIDER_ARN}
    Version: '2012-10-17'
  CreateDate: '2026-03-02T07:38:55+00:00'
  MaxSessionDuration: 3600
  Path: /
  RoleId: AROARZ5EXAMPLE7ID3KQ
  RoleName: photo-uploader
`

/** `aws iam get-open-id-connect-provider --open-id-connect-provider-arn …` */
export const GET_PROVIDER = json({
  Url: HOST_PATH,
  ClientIDList: ['sts.amazonaws.com'],
  ThumbprintList: ['9e99a48a9960b14926bb7f3b02e22da2b0ab7280'],
  CreateDate: '2026-03-01T10:12:44.310000+00:00',
  Tags: [{ Key: 'alpha.eksctl.io/cluster-name', Value: 'photos-prod' }],
})

/** `aws iam list-open-id-connect-providers` */
export const LIST_PROVIDERS = json({
  OpenIDConnectProviderList: [
    { Arn: PROVIDER_ARN },
    { Arn: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com` },
  ],
})

/** `aws eks describe-cluster --name photos-prod` (abridged as printed: the fields we read). */
export const DESCRIBE_CLUSTER = json({
  cluster: {
    name: 'photos-prod',
    arn: `arn:aws:eks:eu-west-1:${ACCOUNT}:cluster/photos-prod`,
    createdAt: '2026-03-01T10:05:12.412000+00:00',
    version: '1.31',
    endpoint: 'https://5C0FFEE1D2E3F4A5B6C7D8E9F0A1B2C3.gr7.eu-west-1.eks.amazonaws.com',
    roleArn: `arn:aws:iam::${ACCOUNT}:role/eksctl-photos-prod-cluster-ServiceRole`,
    identity: { oidc: { issuer: ISSUER } },
    status: 'ACTIVE',
    platformVersion: 'eks.9',
    tags: {},
  },
})

/** `curl -s <issuer>/keys` */
export const JWKS = JSON.stringify({
  keys: [
    {
      kty: 'RSA',
      e: 'AQAB',
      use: 'sig',
      kid: '3f9c1b7e0a5d4c2b8e6f1a9d7c5b3e1f0a2c4e6b',
      alg: 'RS256',
      n: 'uKf2yRkT7bX0m1D3hQ9pV4sW6eZ8aC5jL2nR7tY0uI3oP6kM9bN1vF4gH8dS2xA5zE7wQ0cJ3lU6iO9yT2rK5mB8fG1hD4sA7qW0eR3tY6uI9oP2aS5dF8gH1jK4lZ7xC0vB3nM6',
    },
  ],
})

/** `aws iam get-role-policy --role-name photo-uploader --policy-name put-photos` */
export const GET_ROLE_POLICY = json({
  RoleName: 'photo-uploader',
  PolicyName: 'put-photos',
  PolicyDocument: PERMISSION_POLICY,
})

/** `aws iam get-policy-version --policy-arn … --version-id v3` (URL-encoded, as some SDKs print). */
export const GET_POLICY_VERSION = json({
  PolicyVersion: {
    Document: encodeURIComponent(JSON.stringify(PERMISSION_POLICY)),
    VersionId: 'v3',
    IsDefaultVersion: true,
    CreateDate: '2026-03-02T07:39:10+00:00',
  },
})
