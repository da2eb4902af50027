/**
 * Triage from the symptom (issue #16): the error a user has, the questions that tell its causes
 * apart, and each cause with its fix. Keys follow src/scenarios/triage/tree.ts (`TRIAGE`).
 */
export const triage = {
  title: 'Start from the error you have',
  intro:
    'Pick the error you see, or paste it: a question or two tell its causes apart, and you land on the scenario that reproduces it, with its fix. Nothing leaves this page.',
  pasteLabel: 'Your error message (optional)',
  recognised: 'Recognised: {{symptom}}',
  notRecognised: 'Not one of the errors below: pick the closest one.',
  symptomLegend: 'Which error do you see?',
  next: 'Next',
  back: 'Back',
  restart: 'Start over',
  step: 'Question {{n}}',
  answersTitle: 'So far',
  findOut: 'To find out:',
  provesTitle: 'Your error already proves',
  causeTitle: 'Cause',
  fixTitle: 'The fix',
  openScenario: 'Open the scenario that reproduces it',
  opened: 'Loaded the scenario “{{title}}”: the verdict below reproduces your error.',
  tourButton: 'Start from your error message',
  symptoms: {
    'no-provider': {
      label: 'InvalidIdentityToken: No OpenIDConnect provider found in your account',
    },
    'incorrect-audience': { label: 'InvalidIdentityToken: Incorrect token audience' },
    'sts-access-denied': {
      label: 'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    },
    'api-denied-role': {
      label: 'AccessDenied from S3 (or another service), naming your app’s role',
    },
    'api-denied-node': {
      label: 'AccessDenied from S3 (or another service), naming the node’s role (…/i-…)',
    },
    'no-credentials': {
      label: 'Unable to locate credentials: the SDK never called STS',
      hint: 'In this lab the pod reaches the instance metadata service, so the same cause shows as the node role’s AccessDenied; in a cluster that blocks IMDS from pods the SDK finds no credentials at all.',
    },
    expired: { label: 'ExpiredTokenException: Token expired' },
  },
  questions: {
    'role-account': {
      text: 'Is the role (the role-arn annotation) in the same AWS account as the cluster?',
      answers: { other: 'No, another account', same: 'Yes, the same account' },
    },
    'token-aud': {
      text: 'What is the aud of the token in the pod?',
      answers: {
        sts: 'sts.amazonaws.com',
        other: 'Something else (e.g. https://kubernetes.default.svc)',
      },
    },
    'sub-compare': {
      text: 'Compare the token’s sub (system:serviceaccount:<namespace>:<name>) with the :sub value of the trust policy. What differs?',
      answers: {
        namespace: 'The namespace',
        name: 'The ServiceAccount name',
        wildcard: 'The policy’s value has a * under StringEquals',
        equal: 'Nothing: they are the same',
      },
    },
    'other-statements': {
      text: 'Then look at the rest of the trust policy. What do you find?',
      answers: {
        deny: 'A Deny statement that matches this ServiceAccount',
        swapped: 'sts.amazonaws.com under :sub (the :sub and :aud values swapped)',
      },
    },
    annotation: {
      text: 'Does the ServiceAccount have the eks.amazonaws.com/role-arn annotation?',
      answers: {
        missing: 'No',
        present: 'Yes, but it was added after the pod started',
      },
    },
  },
  causes: {
    'provider-in-role-account': {
      title: 'The role’s account has no OIDC provider for the cluster',
      why: 'STS looks for the provider in the account of the role, not of the cluster: a role in another account needs its own OIDC provider for the cluster’s issuer.',
    },
    'provider-missing': {
      title: 'No OIDC provider for this cluster’s issuer',
      why: 'The account has no IAM OIDC provider for the issuer in the token: it was never created, was deleted, or belongs to a cluster that was re-created with a new ID.',
    },
    'provider-client-id': {
      title: 'The OIDC provider does not list sts.amazonaws.com',
      why: 'The token’s audience must be one of the provider’s client IDs; this provider lists another one.',
    },
    'token-audience': {
      title: 'The pod presents a token for another audience',
      why: 'STS accepts only a token whose aud is a client ID of the provider; the webhook projects one with aud sts.amazonaws.com unless the audience annotation says otherwise.',
    },
    'sub-namespace': {
      title: 'The trust policy names another namespace',
      why: 'The :sub condition must equal system:serviceaccount:<namespace>:<name> exactly; the pod runs in a namespace the policy does not name.',
    },
    'sub-service-account': {
      title: 'The trust policy names another ServiceAccount',
      why: 'The :sub condition must equal the pod’s ServiceAccount; one character is enough to deny.',
    },
    'wildcard-string-equals': {
      title: 'A wildcard under StringEquals',
      why: 'StringEquals compares literally: the * matches only a ServiceAccount named “*”. Wildcards need StringLike.',
    },
    'explicit-deny': {
      title: 'An explicit Deny wins',
      why: 'A Deny statement that matches overrides every Allow of the trust policy.',
    },
    'aud-sub-swapped': {
      title: ':sub and :aud swapped',
      why: 'The values of the two condition keys are swapped, so neither matches the token.',
    },
    'permission-policy': {
      title: 'The role’s permission policy does not allow the call',
      why: 'IRSA worked: the call ran as your role. Its permission policy does not allow this action on this resource.',
    },
    'no-annotation': {
      title: 'No role-arn annotation: the webhook injects nothing',
      why: 'Without the annotation the pod gets no AWS_ROLE_ARN and no token; the SDK falls through to the node’s role.',
    },
    'annotation-after-pod-start': {
      title: 'The annotation came after the pod',
      why: 'The webhook mutates a pod only when it is created: a running pod keeps its old settings until it is re-created.',
    },
    'expired-token': {
      title: 'The token expired',
      why: 'STS refuses a token more than five minutes past its exp; the kubelet rotates the file, but an app that read it once keeps the old one.',
    },
  },
}
