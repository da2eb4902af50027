export const importExport = {
  close: 'Close',
  copy: {
    label: 'Copy',
    labelFor: 'Copy: {{what}}',
    done: 'Copied.',
    failed: 'Could not copy: select the text and copy it yourself.',
  },
  fields: {
    token: 'Token',
    serviceAccount: 'ServiceAccount',
    pod: 'Pod',
    issuer: 'Issuer',
    jwks: 'JWKS',
    oidcProviders: 'OIDC providers',
    accountId: 'Account ID',
    roleName: 'Role name',
    maxSessionDuration: 'Max session duration',
    trustPolicy: 'Trust policy',
    permissionPolicy: 'Permission policy',
    request: 'STS request',
    now: 'Clock (now)',
    call: 'API call',
  },
  import: {
    title: 'Paste from your cluster',
    intro:
      'Paste what kubectl, aws or curl printed: one output, several, or a whole terminal session. Each piece is recognised and fills its part of the scenario.',
    privacy: 'Nothing leaves your browser: the text is read on this page and never sent anywhere.',
    label: 'Tool output',
    placeholder: '$ kubectl get sa my-app -n my-namespace -o yaml',
    detectedTitle: 'Detected',
    nothing: 'Nothing recognised yet.',
    fills: 'Fills: {{fields}}',
    replaces:
      'Applying replaces the whole scenario with what you pasted ({{fields}}); anything it lacks is “not provided”, not taken from the example.',
    apply: 'Apply to the scenario',
    clear: 'Clear',
    applied: 'Applied: {{fields}}. The verdict now uses them.',
    missingTitle: 'Still missing for a verdict about your cluster',
    missingIntro: 'Run these where you have access, then paste what they print.',
    missingNone: 'Every piece is here: the verdict is about your cluster.',
    optional: 'optional',
    placeholders: 'Replace the <…> parts with your own names.',
    kinds: {
      token:
        'ServiceAccount token for {{subject}} — issuer {{issuer}}, audience {{audience}}, expires {{expires}}',
      serviceAccount: 'ServiceAccount {{namespace}}/{{name}} — role-arn {{roleArn}}',
      pod: 'Pod {{namespace}}/{{name}} — ServiceAccount {{serviceAccount}}, phase {{phase}}',
      role: 'IAM role {{roleName}} ({{arn}}) — max session {{maxSessionDuration}} s',
      oidcProvider: 'IAM OIDC provider {{urls}} — client IDs {{clientIds}}',
      oidcProviderList: 'IAM OIDC providers listed ({{count}}): {{urls}}',
      cluster: 'EKS cluster {{name}} ({{region}}) — issuer {{issuer}}',
      issuer: 'OIDC issuer {{issuer}}',
      jwks: 'JWKS with {{count}} key(s): {{kids}}',
      rolePolicy: 'Inline role policy {{name}}',
      policyVersion: 'Managed policy version {{name}}',
      trustPolicy: 'A trust policy document',
      permissionPolicy: 'A permission policy document',
      unknown: 'Not recognised: {{excerpt}}',
      tooLarge: 'Too large to read ({{length}} characters).',
    },
    notes: {
      urlDecoded: 'The policy was URL-encoded, as the IAM API returns it; decoded.',
      clientIdsUnknown:
        'A list shows only ARNs: the client IDs stay unknown until you paste get-open-id-connect-provider.',
      podExists:
        'This pod already exists: the webhook mutates pods only when they are created, so its environment is read as is.',
      rolePath: 'The role has a path; the scenario models roles at the root path /.',
      audienceNotSts:
        'The audience is not sts.amazonaws.com: is this a default Kubernetes token, without the webhook?',
      listItem: 'One item of a List.',
      singleKey: 'A single key: wrapped into a JWKS.',
      syntax: 'Not valid JSON or YAML (cut short?).',
    },
    missing: {
      token: 'The token the pod presents',
      serviceAccount: 'The ServiceAccount',
      issuer: "The cluster's OIDC issuer",
      jwks: "The issuer's public keys (JWKS)",
      oidcProvider: "The account's IAM OIDC provider",
      providerClientIds: 'The client IDs of the listed providers',
      role: 'The role and its trust policy',
      permissionPolicy: "The role's permission policy (for the API call)",
      pod: 'The pod (for the webhook step)',
    },
  },
  export: {
    title: 'Export the scenario',
    tabsLabel: 'Export formats',
    tabs: { file: 'Scenario file', commands: 'Commands', terraform: 'Terraform' },
    file: {
      intro:
        'The scenario as a JSON file, exactly as the editors hold it. Open it again here later, or share it.',
      download: 'Download scenario JSON',
      upload: 'Open a scenario file',
      preview: 'File {{name}}: role {{role}} in account {{account}}, issuer {{issuer}}.',
      replace: 'Replace the current scenario',
      cancel: 'Cancel',
      loaded: 'Loaded {{name}}.',
      errors: {
        tooLarge: 'This file is too large to be a scenario.',
        syntax: 'This file is not valid JSON.',
        notScenario: 'This is not an IRSA Lab scenario file.',
        newerVersion: 'This file was written by a newer version of IRSA Lab.',
        badField: 'The field “{{field}}” is missing or has the wrong type.',
        read: 'The file could not be read.',
      },
    },
    commands: {
      intro:
        'Commands that build this scenario in a real account and cluster. Every value is shell-quoted and bound to its option (--name=value) or written after --, so none can act as an option; policies are written to files first.',
      copyAll: 'Copy all commands',
      placeholders: 'Set {{names}} first: it is a placeholder.',
      blocks: {
        oidcProvider: 'Register the cluster as an IAM OIDC provider',
        role: 'Create the role with its trust policy',
        rolePolicy: 'Attach the permission policy (inline)',
        annotate: 'Annotate the ServiceAccount with the role',
        eksctl: 'Or with eksctl (creates the role and the annotation)',
        roleExisting: 'Update the existing role’s trust policy',
        eksctlExisting: 'Or with eksctl (uses the existing role, adds the annotation)',
        assume: 'What the SDK does in the pod: AssumeRoleWithWebIdentity',
      },
      notes: {
        eksctl:
          'eksctl writes its own trust policy (exact :sub and :aud) and uses permission-policy.json from above as a managed policy.',
        assume:
          'The token is requested here with kubectl; in the pod the SDK reads the mounted file.',
        eksctlExisting:
          'eksctl leaves the existing role as it is (--attach-role-arn) and only annotates the ServiceAccount: the trust policy changes with the command above.',
      },
    },
    refusals: {
      title: 'Not printed: a value would not run as it reads.',
      fix: 'Fix the value in its editor and the command appears.',
      reasons: {
        optionLike: '{{field}} starts with “-”: a command would take it as an option.',
        paramFile:
          '{{field}} starts with file://, fileb:// or http(s)://: the AWS CLI would send the content of that file or address instead.',
        zeroWidth:
          '{{field}} holds an invisible zero-width character ({{codePoint}}, character {{index}}): the command would not show what runs.',
        bidi: '{{field}} holds a bidirectional control ({{codePoint}}, character {{index}}): the command may show in another order than it runs.',
        control:
          '{{field}} holds a control character ({{codePoint}}, character {{index}}), invisible in the command.',
        space:
          '{{field}} holds a look-alike space ({{codePoint}}, character {{index}}), not the ordinary space.',
      },
      fields: {
        providerUrl: 'The OIDC provider URL',
        clientId: 'A client ID',
        thumbprint: 'A thumbprint',
        roleName: 'The role name',
        accountId: 'The account ID',
        namespace: 'The namespace',
        serviceAccount: 'The ServiceAccount name',
        roleArn: 'The role ARN',
        requestRoleArn: 'The role ARN of the request',
        roleSessionName: 'The role session name',
        audience: 'The token’s audience',
        region: 'The region',
        trustPolicy: 'The trust policy',
        permissionPolicy: 'The permission policy',
      },
    },
    terraform: {
      intro:
        'The same with the Terraform AWS provider: the trust policy becomes an aws_iam_policy_document, one condition block per condition.',
      copy: 'Terraform',
      download: 'Download main.tf',
      warnings: {
        trustPolicyVerbatim:
          'The trust policy could not be translated into aws_iam_policy_document (not JSON, or elements it has no block for): kept as written.',
        permissionPolicyVerbatim:
          'The permission policy could not be translated into aws_iam_policy_document: kept as written.',
      },
    },
  },
}
