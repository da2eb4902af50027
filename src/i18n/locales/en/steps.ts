export const steps = {
  title: 'What happened',
  listLabel: 'Steps of the IRSA chain',
  status: { pass: 'passed', fail: 'failed', skip: 'skipped', info: 'note' },
  assumption: 'Assumption: {{text}}',
  /** Shown next to engine text that has no translation yet (it stays in English). */
  untranslated: 'in English',
  /** AWS's own error text, quoted verbatim. */
  awsSays: 'AWS answers:',
}

/**
 * Findings about the inputs. `messages` is keyed by the engine's finding code with dots as
 * underscores (i18next reads dots as nesting); `variants` are the fuller sentences used when the
 * values they need can be read from the engine's message (see src/ui/text/findingText.ts).
 */
export const findings = {
  title: 'Findings',
  none: 'Nothing to report about the inputs.',
  severity: { error: 'error', warning: 'warning', info: 'note' },
  where: 'in {{source}} at {{pointer}}',
  whereDocument: 'in {{source}}',
  sources: {
    token: 'token',
    serviceAccount: 'ServiceAccount',
    pod: 'pod',
    trustPolicy: 'trust policy',
    permissionPolicy: 'permission policy',
    jwks: 'JWKS',
    oidcProvider: 'OIDC provider',
    request: 'STS request',
  },
  messages: {
    'webhook_sa_not-an-object': 'The ServiceAccount manifest is not an object.',
    'webhook_sa_wrong-kind': 'This manifest is not a ServiceAccount (its kind is different).',
    'webhook_sa_name-missing':
      'The ServiceAccount has no metadata.name: the webhook cannot find it by namespace and name.',
    'webhook_sa_invalid-field':
      'A field the webhook reads has the wrong type; the API server would refuse this manifest.',
    'webhook_sa_role-arn-missing':
      'No eks.amazonaws.com/role-arn annotation: pods using this ServiceAccount are not mutated.',
    'webhook_sa_role-arn-empty':
      'The role-arn annotation is empty: the webhook mutates only with a non-empty ARN.',
    'webhook_sa_role-arn-malformed':
      'The role-arn annotation is not a valid role ARN: the webhook only logs a warning and injects it anyway.',
    'webhook_sa_role-arn-other-prefix':
      'A role-arn annotation under another prefix: a typo, or a webhook with a different --annotation-prefix.',
    'webhook_sa_audience-empty':
      "Empty audience: the projected token gets the API server's default audience instead.",
    'webhook_sa_audience-not-sts':
      'An audience other than sts.amazonaws.com: the IAM OIDC provider must list it as a client ID.',
    'webhook_sa_sts-regional-endpoints-invalid':
      "Not a boolean the webhook can parse: ignored, the webhook's flag applies.",
    'webhook_sa_token-expiration-invalid':
      "The token expiration is not an integer: ignored, the webhook's default applies.",
    'webhook_sa_token-expiration-raised':
      'The token expiration is below 600 seconds: the webhook raises it to 600.',
    'webhook_sa_token-expiration-too-large':
      'The token expiration is above 2^32 seconds: the API server refuses the pod.',
    'webhook_pod_not-an-object': 'The pod manifest is not an object.',
    'webhook_pod_spec-missing': 'The pod has no spec: there is nothing the webhook could patch.',
    'webhook_pod_invalid-field':
      'A field the webhook reads has the wrong type; the API server would refuse this pod.',
    'webhook_pod_skip-label': 'The pod carries the skip label: the webhook is not called at all.',
    'webhook_pod_service-account-defaulted':
      'No spec.serviceAccountName: the pod runs as the default ServiceAccount.',
    'webhook_pod_service-account-mismatch':
      'The pod runs as another ServiceAccount (or namespace) than the one given.',
    'webhook_pod_no-containers': 'The pod has no containers: the API server refuses it.',
    'webhook_pod_unknown-field':
      'A container field Kubernetes does not know: dropped when the webhook rewrites the container.',
    'webhook_pod_skip-containers-invalid':
      'The skip-containers annotation is not a valid comma-separated list: no container is skipped.',
    'webhook_pod_skip-containers-unmatched':
      'A name in skip-containers matches no container (spaces count).',
    'webhook_pod_container-skipped': 'This container is left untouched: skip-containers lists it.',
    'webhook_pod_container-unchanged':
      'The identity, region and regional STS variables are all present: the container is left as is.',
    'webhook_pod_identity-env-present':
      'AWS_ROLE_ARN or AWS_WEB_IDENTITY_TOKEN_FILE is already set: neither is injected.',
    'webhook_pod_region-env-present':
      'AWS_REGION or AWS_DEFAULT_REGION is already set: no region variable is injected.',
    'webhook_pod_sts-env-present':
      "AWS_STS_REGIONAL_ENDPOINTS is already set: the container's own value is kept.",
    'webhook_pod_volume-exists':
      "A volume with the webhook's name already exists: it is kept as is, not replaced.",
    'webhook_pod_volume-mount-exists':
      "A mount of the webhook's volume already exists: it is kept, with its own mountPath.",
    'webhook_pod_token-expiration-invalid':
      "The pod's token-expiration is not an integer: the ServiceAccount's value applies.",
    'webhook_pod_token-expiration-raised':
      "The pod's token-expiration is below 600 seconds: raised to 600.",
    'webhook_pod_token-expiration-too-large':
      "The pod's token-expiration is above 2^32 seconds: the API server refuses the pod.",
    webhook_pod_windows: 'A Windows node selector: the token file path is written the Windows way.',
    webhook_pod_unchanged: 'Everything was already in place: the patch rewrites the same values.',
    'webhook_internal-error':
      'The webhook simulation failed (a defect in IRSA Lab, not in your input).',
    'webhook_container-credentials_selected':
      'This namespace and ServiceAccount are in the container-credentials config: EKS Pod Identity mode.',
    'webhook_container-credentials_role-arn-ignored':
      'The role-arn annotation is ignored: container credentials take precedence over IRSA.',
    'webhook_container-credentials_jitter':
      'The default 24-hour token lifetime is replaced by a jittered value between 22 and 24 hours.',
    'webhook_container-credentials_env-present':
      'AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE is already set: neither is injected.',
    'webhook_container-credentials_web-identity-env-present':
      'The container also sets AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE: SDKs try web identity first.',
    oidc_issuer_empty: 'The issuer URL is empty.',
    'oidc_issuer_not-url': 'The issuer is not a URL.',
    'oidc_issuer_not-https': 'The issuer must use https.',
    oidc_issuer_query: 'The issuer URL may not have a query.',
    oidc_issuer_fragment: 'The issuer URL may not have a fragment.',
    oidc_issuer_port: 'The issuer URL may not have a port: IAM refuses it.',
    oidc_issuer_userinfo: 'The issuer URL may not contain a user name or password.',
    'oidc_issuer_trailing-slash':
      'The issuer ends in "/": the IAM provider URL must end in "/" too, since matching is exact.',
    'oidc_issuer_not-eks': 'This issuer is not an EKS one: fine for a self-managed cluster.',
    'oidc_jwks_not-object': 'The JWKS is not an object.',
    'oidc_jwks_no-keys': 'The JWKS has no keys array.',
    oidc_jwks_empty: 'The JWKS has no keys: no token can be verified.',
    'oidc_jwks_key-not-object': 'A key of the JWKS is not an object.',
    'oidc_jwks_kty-missing': 'A key has no kty.',
    'oidc_jwks_kty-unsupported': 'A key has a key type STS does not use.',
    'oidc_jwks_member-missing': 'A key lacks a member its key type needs.',
    'oidc_jwks_member-invalid': 'A member of a key is not valid base64url or has the wrong type.',
    'oidc_jwks_kid-missing':
      'A key has no kid: only tokens without kid can use it, and only with kid "".',
    'oidc_jwks_duplicate-kid': 'Two keys share a kid: STS cannot tell which one is meant.',
    'oidc_jwks_use-not-sig': 'A key\'s use is not "sig": it is not meant for signatures.',
    'oidc_jwks_alg-not-accepted': "A key's alg is one STS does not accept.",
    'oidc_jwks_private-member':
      'A private key member is published in the JWKS: anyone can now sign tokens. Rotate this key.',
    'oidc_key_empty-jwks': 'The JWKS has no keys to verify with.',
    'oidc_key_unknown-kid': "No key in the JWKS has the token's kid (a rotated or foreign key?).",
    'oidc_key_no-kid': 'The token names no key (no kid): STS looks for a key whose kid is "".',
    'oidc_key_empty-kid-match': 'The key with kid "" verifies tokens without kid.',
    'oidc_key_single-key-no-kid':
      'The token has no kid and the only key has none either; STS needs a key with kid "" to match it.',
    'oidc_key_no-kid-several-keys':
      'The token has no kid and no key has kid "": STS cannot tell which key to use.',
    'oidc_key_kty-mismatch':
      "The key named by kid has a key type (or curve) that cannot verify the token's alg.",
    'oidc_key_alg-mismatch': "The key named by kid is for another algorithm than the token's.",
    'oidc_key_ambiguous-kid': "Several keys have the token's kid: the first one is used.",
    'oidc_provider_not-object': 'The OIDC provider is not an object.',
    'oidc_provider_url-missing': 'The OIDC provider has no URL.',
    'oidc_provider_url-length': 'The OIDC provider URL is longer than IAM allows.',
    'oidc_provider_url-not-https': 'The OIDC provider URL must use https.',
    'oidc_provider_url-query': 'The OIDC provider URL may not have a query.',
    'oidc_provider_url-fragment': 'The OIDC provider URL may not have a fragment.',
    'oidc_provider_url-port': 'The OIDC provider URL may not have a port.',
    'oidc_provider_client-ids-missing': 'The OIDC provider has no client IDs.',
    'oidc_provider_client-ids-empty':
      'The OIDC provider lists no client ID: no token audience can match.',
    'oidc_provider_client-ids-too-many': 'The OIDC provider has more client IDs than IAM allows.',
    'oidc_provider_client-id-invalid': 'A client ID is not a string IAM accepts.',
    'oidc_provider_client-id-duplicate': 'A client ID is listed twice.',
    'oidc_provider_thumbprints-invalid': 'The thumbprints are not a list of strings.',
    'oidc_provider_thumbprints-too-many': 'More thumbprints than IAM allows (5).',
    'oidc_provider_thumbprint-invalid': 'A thumbprint is not 40 hex digits.',
    'oidc_provider_thumbprints-not-decisive':
      'Thumbprints are kept but not decisive: IAM trusts the JWKS host through its root CAs.',
    podidentity_scenario_invalid:
      'The Pod Identity scenario has a missing or mistyped field; an empty value is used instead.',
    podidentity_association_missing:
      'No Pod Identity association for this cluster, namespace and ServiceAccount.',
    podidentity_association_duplicate:
      'Several associations match: EKS allows one per namespace and ServiceAccount.',
    'podidentity_association_other-cluster':
      'An association names another cluster: it does not apply here.',
    'podidentity_pod_existing-not-mutated':
      'The pod already exists: the webhook only mutates pods at creation.',
    'podidentity_sdk_no-container-credentials':
      'The container has no container-credentials variables: the SDK gets no Pod Identity credentials.',
    'podidentity_sdk_web-identity-first':
      'Web identity variables are also set: SDKs use web identity first.',
    'podidentity_sdk_host-not-allowed':
      "The full URI's host is not one the container credential provider accepts.",
    podidentity_token_audience: "The token's audience is not pods.eks.amazonaws.com.",
    'podidentity_token_subject-mismatch': "The token's sub is not the pod's ServiceAccount.",
    podidentity_token_issuer: "The token was not issued by this cluster's issuer.",
    podidentity_token_signature: "The token's signature does not verify with the cluster's keys.",
    podidentity_token_time: 'The token is expired, not yet valid, or has no exp.',
    'podidentity_token_subject-missing':
      'The token names no namespace and ServiceAccount EKS Auth can read.',
    'podidentity_role_not-found': "The association's role is not among the scenario's roles.",
    podidentity_trust_denied:
      'The trust policy does not allow pods.eks.amazonaws.com one of the required actions.',
    'podidentity_internal-error':
      'The Pod Identity simulation failed (a defect in IRSA Lab, not in your input).',
    'podidentity_trust_no-service-principal':
      'The trust policy has no statement for the pods.eks.amazonaws.com service principal.',
    document_empty: 'The document is empty.',
    document_syntax: 'Syntax error: the document cannot be read here.',
    'document_duplicate-key': 'A key appears twice: only one of the values counts.',
    'document_too-deep': 'The document nests too deep to be read.',
    'text_invisible-character':
      'The value holds an invisible character: it looks the same on screen but compares as a different value.',
    'document_alias-limit': 'Too many YAML aliases: the document is refused.',
    'document_multiple-documents': 'Several YAML documents: only the first is used.',
    'document_collection-key':
      'A mapping or sequence is used as a key: Kubernetes reads YAML as JSON, where a key is a plain value.',
    'document_too-many-errors': 'Too many syntax errors: only the first ones are listed.',
    'document_too-many-duplicate-keys': 'Too many duplicate keys: only the first ones are listed.',
    jwt_empty: 'The token is empty.',
    'jwt_whitespace-stripped': 'Whitespace around or inside the token was removed.',
    'jwt_bearer-stripped': 'The "Bearer " prefix was removed.',
    'jwt_quotes-stripped': 'The quotes around the token were removed.',
    'jwt_too-long': 'The token is longer than the 20000 characters STS accepts.',
    'jwt_segment-count': 'A JWT has three parts separated by dots; this one does not.',
    jwt_jwe: 'Five parts: an encrypted token (JWE), which STS cannot read.',
    jwt_segment_empty: 'A part of the token is empty.',
    jwt_segment_base64: 'A part of the token is not valid base64url.',
    jwt_segment_padding: 'A part of the token has "=" padding, which a compact JWS does not use.',
    'jwt_segment_not-utf8': 'A part of the token is not UTF-8 text.',
    'jwt_segment_not-json': 'A part of the token is not JSON.',
    'jwt_segment_not-object': 'A part of the token is JSON but not an object.',
    'jwt_segment_duplicate-member':
      'A claim appears twice: the token is invalid or its meaning undefined.',
    'jwt_header_alg-missing': 'The header has no alg.',
    'jwt_header_alg-invalid': "The header's alg is not a string.",
    'jwt_header_alg-none': 'alg "none": an unsigned token, which STS refuses.',
    'jwt_header_alg-not-accepted': 'STS does not accept this signing algorithm.',
    'jwt_header_kid-invalid': "The header's kid is not a string.",
    jwt_header_crit: 'The header has crit: extensions the verifier must understand.',
    'jwt_claim_not-numeric-date': 'A time claim is not a number of seconds.',
    'jwt_claim_not-integer': 'A time claim is not an integer: STS requires whole seconds.',
    'jwt_claim_not-string': 'A claim that must be a string is not one.',
    'jwt_claim_aud-string':
      'aud is a single string: legal, though Kubernetes always writes a list.',
    'jwt_claim_aud-invalid': 'aud is neither a string nor a list of strings.',
    'jwt_claim_aud-empty': 'aud is empty.',
    jwt_signature_missing: 'The token has no signature.',
    jwt_signature_invalid:
      'The signature does not verify with this key: the token was changed or signed with another key.',
    'jwt_signature_alg-not-allowed': "The token's algorithm is not allowed for verification.",
    jwt_signature_malformed: 'The signature is not well-formed for its algorithm.',
    jwt_signature_error: 'The signature could not be checked.',
    jwt_key_invalid: 'The key is not a valid JWK.',
    jwt_key_unusable: 'The key cannot be imported for verification.',
    jwt_key_unsupported: 'This key type is not supported.',
    'jwt_key_type-mismatch': "The key's type does not fit the token's algorithm.",
    'jwt_key_alg-mismatch': "The key's alg names another algorithm than the token's.",
    'jwt_key_not-for-signing': 'The key\'s use is not "sig".',
    'timeline_token_no-times':
      'The token has no numeric iat and exp: no token events on the timeline.',
    timeline_credentials_none: 'No credentials were issued: no credential events on the timeline.',
    timeline_events_truncated:
      'A series was cut at its maximum number of events (a very short lifetime).',
    'policy_not-an-object': 'The policy is not a JSON object.',
    policy_element_unknown: 'An element IAM does not know.',
    'policy_element_invalid-type': 'This element has the wrong type.',
    policy_element_empty: 'This element is empty.',
    policy_version_missing: 'No Version: IAM uses 2008-10-17, where policy variables do not work.',
    policy_version_invalid: 'Version must be 2012-10-17 or 2008-10-17.',
    'policy_version_variables-ignored':
      'Policy variables are ignored with this Version: they are compared as plain text.',
    policy_statement_missing: 'The policy has no Statement.',
    policy_statement_invalid: 'A statement is not an object.',
    policy_sid_invalid: 'A Sid may contain only letters and digits.',
    policy_sid_duplicate: 'Two statements have the same Sid.',
    policy_effect_missing: 'A statement has no Effect.',
    policy_effect_invalid: 'Effect must be Allow or Deny.',
    policy_action_missing: 'A statement has neither Action nor NotAction.',
    policy_action_both: 'A statement has both Action and NotAction.',
    policy_action_invalid: 'An action is not of the form service:Action.',
    policy_resource_missing: 'A statement has neither Resource nor NotResource.',
    policy_resource_both: 'A statement has both Resource and NotResource.',
    policy_resource_invalid: 'A resource is not an ARN or "*".',
    policy_principal_both: 'A statement has both Principal and NotPrincipal.',
    policy_principal_invalid: 'The principal has the wrong shape.',
    'policy_principal_unknown-type':
      'A principal type IAM does not know (AWS, Federated, Service, CanonicalUser).',
    'policy_principal_not-allowed': 'A permission policy may not have a Principal.',
    'policy_principal_partial-wildcard':
      'A principal may be "*" but not contain a partial wildcard.',
    policy_condition_invalid: 'The Condition block has the wrong shape.',
    'policy_condition_unknown-operator':
      'A condition operator IAM does not know: this condition is never true.',
    'policy_condition_invalid-operator': 'A condition operator used in a form IAM rejects.',
    'policy_condition_invalid-key': 'A condition key that does not look like one.',
    'policy_condition_invalid-value': 'A condition value the operator cannot compare.',
    'policy_condition_empty-values': 'A condition with no values: it cannot match.',
    'policy_condition_variables-not-supported':
      'Policy variables are not supported here: compared as plain text.',
    trust_principal_missing: 'A trust policy statement without Principal applies to nobody.',
    trust_principal_wildcard: 'A "*" principal in a trust policy lets anyone assume the role.',
    'trust_principal_federated-invalid': 'The Federated principal is not an identity provider ARN.',
    'trust_not-principal': 'NotPrincipal is not supported in role trust policies.',
    trust_resource: 'A trust policy may not have Resource or NotResource.',
    trust_action_mismatch:
      'This action does not fit the principal: IRSA needs sts:AssumeRoleWithWebIdentity.',
    'trust_oidc_missing-condition':
      'No condition: any service account of the cluster, in any namespace, can assume the role.',
    'trust_oidc_missing-sub':
      'No :sub condition: any service account of the cluster can assume the role.',
    'trust_oidc_missing-aud': 'No :aud condition: AWS recommends checking it is sts.amazonaws.com.',
    'trust_principal_not-oidc-provider': 'The Federated principal is not an IAM OIDC provider ARN.',
    'trust_principal_provider-mismatch':
      'The condition keys name another OIDC provider than the principal.',
    'trust_condition_wildcard-without-like':
      'StringEquals compares "*" literally: use StringLike for wildcards.',
    'trust_condition_sub-wildcard-namespaces':
      'This :sub pattern matches service accounts in any namespace of the cluster.',
    'trust_condition_sub-wildcard-service-accounts':
      'This :sub pattern lets every matching service account of the namespace assume the role.',
    'trust_condition_aud-sub-swapped': 'The :aud and :sub values look swapped.',
    'trust_condition_set-operator-single-valued':
      'A set operator (ForAnyValue/ForAllValues) on a single-valued key.',
    'trust_condition_key-prefix-mismatch':
      "The condition key's prefix is not this provider's host and path: the key is never in the request.",
    'trust_condition_unsupported-claim': 'STS does not put this claim into the request context.',
    'sts_request_invalid-parameter': 'A request parameter breaks an STS constraint.',
    'sts_request_invalid-arn':
      'The role ARN is not of the form arn:aws:iam::<12-digit account>:role/<name>.',
    'sts_request_duration-exceeds-max': "DurationSeconds exceeds the role's MaxSessionDuration.",
    'sts_request_role-arn-overridden':
      "The request names another role than the pod's AWS_ROLE_ARN.",
    'sts_role_not-found': 'The account has no role with this name and path.',
    'sts_role_other-account': "The role is in another account than the scenario's.",
    'sts_provider_not-found': "The role's account has no IAM OIDC provider for the token's issuer.",
    sts_audience_mismatch: "The provider's client IDs do not include the token's audience.",
    sts_claim_missing: 'A claim STS requires is missing from the token.',
    sts_token_expired: 'The token has expired.',
    'sts_token_not-yet-valid': 'The token is not valid yet (nbf is in the future).',
    'sts_token_issued-in-future': 'The token claims to be issued in the future.',
    'sts_token_long-lived': 'The token lives longer than a projected token usually does.',
    'sts_token_expired-within-skew':
      'The token’s exp has passed, but by less than five minutes: STS still accepts it (the clock skew IAM documents).',
    'sts_token_not-yet-valid-within-skew':
      'The token’s nbf is ahead, but by less than five minutes: accepted within the clock skew (assumed for nbf).',
    'sts_token_no-iat': 'The token has no iat claim; STS is assumed to accept it.',
    'iam_trust-policy_too-large':
      'The trust policy is longer than the ACLSizePerRole quota (2,048 characters by default, 4,096 at most): IAM refuses to save it with LimitExceeded.',
    'call_self-assume-not-trusted':
      'The role assumes itself, but its trust policy does not name the role: since 2022 IAM no longer trusts a role for itself implicitly.',
    'sdk_node-role-fallback':
      'Without web identity the SDK uses the node’s instance role (IMDS): the app’s calls run as the node role, not as the ServiceAccount’s role.',
    sts_trust_denied: 'No statement of the trust policy allows this token.',
    'sdk_no-web-identity':
      'No AWS_ROLE_ARN / AWS_WEB_IDENTITY_TOKEN_FILE in the container: the SDK skips web identity and falls back to the node role (IMDS).',
    'sdk_session-name_default':
      'No AWS_ROLE_SESSION_NAME: botocore (AWS CLI, boto3) makes up a session name.',
    'token_subject-mismatch':
      "The token is for another ServiceAccount than the pod's: not the token the kubelet would mount for this pod.",
    'pod_existing-not-mutated':
      'The ServiceAccount asks for IRSA, but this running pod was created without it: delete the pod so that its replacement is mutated.',
    'token_audience-differs-from-volume':
      "The token's audience is not the one the projected volume asks for.",
    call_denied: 'The permission policies do not allow this call.',
    scenario_invalid:
      'A field of the scenario is missing or has the wrong type; a default is used.',
    'engine_internal-error': 'The simulation failed (a defect in IRSA Lab, not in your input).',
    'input_not-provided':
      'Not provided by what you pasted: the checks that need it are unknown, not decided on an example’s value.',
  },
  variants: {
    'iam_trust-policy_too-large':
      'The trust policy has {{size}} characters; IAM refuses more than {{quota}} (LimitExceeded: ACLSizePerRole).',
    'text_invisible-character': {
      zeroWidth:
        'Character {{index}} is an invisible zero-width character ({{codePoint}}): the value looks the same but compares as a different one.',
      bidi: 'Character {{index}} is a bidirectional control ({{codePoint}}): the text may show in another order than it is compared.',
      control: 'Character {{index}} is a control character ({{codePoint}}), invisible on screen.',
      space: 'Character {{index}} is a look-alike space ({{codePoint}}), not the ordinary space.',
    },
    'document_too-many-errors':
      '…and {{count}} more not listed: only the first {{listed}} syntax errors are shown.',
    'document_too-many-duplicate-keys':
      '…and {{count}} more not listed: only the first {{listed}} duplicate keys are shown.',
    sts_claim_missing: 'The token has no {{claim}} claim.',
    sts_token_expired: 'The token expired {{seconds}} s before the scenario’s clock.',
    'oidc_key_unknown-kid': 'No key in the JWKS has kid "{{kid}}" (a rotated or foreign key?).',
    'sts_provider_not-found': {
      account: 'Account {{account}} has no IAM OIDC provider for {{issuer}}.',
      otherAccount: 'The role is in account {{account}}; the providers listed are in {{listed}}.',
    },
    'sdk_session-name_default':
      'No AWS_ROLE_SESSION_NAME: botocore (AWS CLI, boto3) names the session {{name}}.',
    'token_subject-mismatch':
      'The token is for {{sub}}, but the pod runs as {{expected}}: not the token the kubelet would mount for this pod.',
    'token_audience-differs-from-volume':
      'The projected volume asks for audience {{volume}}, but the token carries {{token}}.',
    'sts_request_duration-exceeds-max':
      'DurationSeconds {{requested}} exceeds the role’s MaxSessionDuration {{max}}.',
    sts_audience_mismatch: 'The provider’s client IDs do not include {{aud}}.',
    'trust_condition_wildcard-without-like':
      '{{operator}} compares "{{value}}" literally: use StringLike for wildcards.',
    'webhook_sa_role-arn-malformed':
      'Not a role ARN: "{{arn}}". The webhook only logs a warning and injects it anyway.',
    'sts_role_not-found': 'Account {{account}} has no role named {{name}} at path {{path}}.',
    'sts_request_role-arn-overridden':
      'The request names {{request}}; the pod’s AWS_ROLE_ARN says {{pod}}.',
    'trust_condition_sub-wildcard-service-accounts':
      '"{{value}}" lets every matching service account of the namespace assume the role.',
    'trust_condition_sub-wildcard-namespaces':
      '"{{value}}" matches service accounts in any namespace of the cluster.',
    'trust_condition_aud-sub-swapped': {
      subjectInAud: '"{{value}}" is a subject, but the key is :aud.',
      audienceInSub: '"{{value}}" is an audience, but the key is :sub.',
    },
    sts_trust_denied: {
      explicitDeny: 'A Deny statement of the trust policy matches this token.',
      noAllow: 'No statement of the trust policy allows this token.',
    },
    'input_not-provided': {
      token:
        'Not provided: the token. STS is not asked, so every check from the request on is unknown.',
      serviceAccount: 'Not provided: the ServiceAccount. What the webhook injects is unknown.',
      pod: 'Not provided: the pod. A new pod of the ServiceAccount is assumed.',
      issuer:
        'Not provided: the cluster’s OIDC issuer. Whether STS can fetch its discovery document is unknown.',
      jwks: 'Not provided: the JWKS. The signing key and the signature are unknown.',
      oidcProviders:
        'Not provided: the account’s IAM OIDC providers. Whether STS finds one for the token’s issuer is unknown.',
      trustPolicy:
        'Not provided: the role (aws iam get-role). Its trust policy’s decision is unknown.',
      permissionPolicy:
        'Not provided: the role’s permission policies. Whether the API call is allowed is unknown.',
    },
  },
}
