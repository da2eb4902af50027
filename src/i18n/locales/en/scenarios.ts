export const scenarios = {
  toolbar: {
    label: 'Scenario',
    gallery: 'Gallery',
    share: 'Share link',
    undo: 'Undo',
    redo: 'Redo',
    reset: 'Start over',
  },
  /** The tools' buttons (their panels load after the verdict; the buttons are on the first screen). */
  tools: {
    label: 'Import and export',
    import: 'Paste from your cluster',
    triage: 'Start from an error',
    export: 'Export',
    audit: 'Account audit',
    tour: 'Guided tour',
    tourResume: 'Resume the tour ({{n}}/{{total}})',
    glossary: 'Glossary',
    challenges: 'Challenges',
    podIdentity: 'IRSA vs Pod Identity',
  },
  notices: {
    'link-opened': 'Opened the shared scenario.',
    'link-opened-kept-work': 'Opened the shared scenario. Your previous work is one Undo away.',
    'link-redacted':
      'Opened a redacted link: the token’s claims were re-signed with a demo key, so its original signature is not part of this scenario.',
    'link-resigned':
      'Opened the shared scenario; its token was re-signed with a new demo key (same verdict).',
    'bad-link': 'This link could not be opened: {{detail}} Your own work is shown instead.',
    'link-copied': 'Link copied.',
    'link-private-jwk':
      'The JWKS held private key members (d, p, q…): they were removed from the link. Private keys are never stored, linked or exported.',
    'link-failed':
      'This link describes a scenario that could not be built. Your own work is shown instead.',
    'autosave-kept-aside':
      'Your saved work could not be read (damaged or from another version). It is kept aside on this device, untouched; the default scenario is shown.',
    'autosave-repaired':
      'Your saved work had fields that could not be read ({{detail}}): they were left empty. The original is kept aside on this device.',
    'autosave-withheld':
      'For your privacy, the real token, pod env values and annotations of this scenario were not saved on this device. Tick “Remember this scenario” to keep them next time.',
    'other-tab':
      'Another tab changed this scenario: its version is shown. Your version from this tab is one Undo away.',
    'private-jwk':
      'The JWKS holds private key members (d, p, q…). They stay in this tab only: private keys are never stored, linked or exported.',
    forgotten: 'Everything this app stored on this device was removed.',
    'engine-error':
      'The simulation failed on this input (a bug in IRSA Lab): the verdict shown is from before the last edit.',
    'started-over':
      'Started over with the default scenario. Your last good scenario is one Undo away.',
    dismiss: 'Dismiss',
  },
  share: {
    title: 'Share this scenario',
    intro: 'The scenario travels in the link itself, after the #: no server ever sees it.',
    realToken:
      'This token was not generated here: it may be a real one. Anyone with a link that contains it can use it until it expires.',
    redact: 'Share a redacted link (claims only, signature dropped)',
    include: 'Include the real token',
    copy: 'Copy link',
    close: 'Close',
    length: '{{count}} characters',
    urlLabel: 'Share link',
  },
  gallery: {
    title: 'Scenario gallery',
    intro: 'Every real IRSA failure, each the blog post’s scenario with one thing changed.',
    open: 'Open',
    close: 'Close',
    attacker: 'attacker’s view',
    outcome: { issued: 'credentials issued', denied: 'refused', 'invalid-input': 'invalid input' },
    presets: {
      'happy-path': {
        title: 'The blog post: example-sa uploads a photo',
        why: 'Everything matches: the token, the provider, the trust policy and the permission policy.',
      },
      'wrong-namespace': {
        title: 'Wrong namespace',
        why: 'The pod runs in namespace production, but the trust policy only trusts example.',
      },
      'wrong-service-account': {
        title: 'Wrong ServiceAccount name',
        why: 'The token’s sub names photo-uploader, the trust policy names example-sa.',
      },
      'string-equals-wildcard': {
        title: 'StringEquals with a wildcard',
        why: 'StringEquals compares literally: the * in the :sub value matches only a literal asterisk.',
      },
      'aud-sub-swapped': {
        title: ':aud and :sub swapped',
        why: 'The :sub condition expects sts.amazonaws.com and the :aud condition a ServiceAccount: neither can match.',
      },
      'default-token-audience': {
        title: 'A default Kubernetes token (webhook not applied)',
        why: 'The token’s audience is the API server’s, not sts.amazonaws.com, so STS rejects it.',
      },
      'cross-account-no-provider': {
        title: 'Role in another account without a provider there',
        why: 'STS looks for the OIDC provider in the role’s account, and that account has none for this cluster.',
      },
      'provider-client-id-wrong': {
        title: 'Provider client ID wrong',
        why: 'The IAM OIDC provider lists sts.amazon.com, not sts.amazonaws.com.',
      },
      'other-cluster-issuer': {
        title: 'A token from another cluster (another region)',
        why: 'The token’s issuer is a us-east-1 cluster, which has no IAM OIDC provider in this account.',
      },
      'expired-token': {
        title: 'Expired token',
        why: 'The token’s exp is in the past: STS refuses it however valid the rest is.',
      },
      'expired-within-skew': {
        title: 'Three minutes past exp',
        why: 'The token’s exp passed three minutes ago, but STS accepts a token for five minutes after exp (clock skew): credentials are issued.',
      },
      'tampered-payload': {
        title: 'Tampered payload',
        why: 'The sub was edited after signing, so the signature no longer matches the claims.',
      },
      'rotated-signing-key': {
        title: 'Signing key rotated (unknown kid)',
        why: 'The JWKS no longer holds the key named by the token’s kid.',
      },
      'no-sub-condition': {
        title: 'Trust policy without a :sub condition',
        why: 'Any ServiceAccount of the cluster can assume the role: here debug-shell in namespace dev does.',
      },
      'namespace-wildcard': {
        title: 'Namespace-wide wildcard',
        why: 'StringLike system:serviceaccount:example:* lets every ServiceAccount of the namespace in, debug-shell included.',
      },
      'explicit-deny': {
        title: 'An explicit Deny',
        why: 'A Deny statement matches the token, and an explicit Deny always wins.',
      },
      'duration-above-max': {
        title: 'DurationSeconds above the role’s maximum',
        why: 'The request asks for 2 hours; the role allows 1.',
      },
      'malformed-role-arn': {
        title: 'Malformed role ARN annotation',
        why: 'The account ID in the annotation has 8 digits; the webhook injects it anyway and STS rejects the ARN.',
      },
      'annotation-after-pod-start': {
        title: 'Annotation added after the pod started',
        why: 'The webhook acts only when a pod is created, so the running pod has no token and the SDK falls back to the node role.',
      },
      'node-role-fallback': {
        title: 'No annotation: the node role answers',
        why: 'Without the role-arn annotation the webhook injects nothing; the SDK takes the node’s instance role from IMDS, and the S3 AccessDenied names the node role, not the app’s.',
      },
      's3-upload-denied': {
        title: 'Credentials issued, S3 upload denied',
        why: 'The role may read from the bucket but its permission policy does not allow s3:PutObject.',
      },
    },
  },
}
