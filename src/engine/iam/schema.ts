/**
 * JSON Schemas (draft-07) of IAM policies, for Monaco's JSON validation and autocomplete.
 *
 * Every enumeration is derived from the same constants and operator registry as `validate.ts`, so the
 * editor and the engine cannot drift apart. The schema checks structure (elements, types, enums,
 * patterns); value semantics (dates, numbers, CIDRs) and cross-statement rules (duplicate Sids) stay
 * with `validate.ts`.
 */
import { STS_AUDIENCE } from '../constants'
import { allOperatorSpellings } from './conditions/registry'
import {
  BUILT_IN_WEB_IDENTITY_PROVIDERS,
  EFFECTS,
  OIDC_CLAIM_KEYS,
  POLICY_VERSIONS,
  WEB_IDENTITY_ACTIONS,
} from './constants'

/** A JSON Schema object (kept loose: it is data handed to Monaco). */
export type JsonSchema = Record<string, unknown>

const ACTION_PATTERN = '^(\\*|[a-zA-Z0-9-]+:[a-zA-Z0-9*?]+)$'
const RESOURCE_PATTERN = '^(\\*|arn:.*)$'
const NO_WILDCARD_PATTERN = '^[^*?]+$'
const OIDC_PROVIDER_PATTERN = '^arn:aws[a-z-]*:iam::\\d{12}:oidc-provider/[^*?]+$'
const SAML_PROVIDER_PATTERN = '^arn:aws[a-z-]*:iam::\\d{12}:saml-provider/[^*?]+$'
const SCHEMA_URI = 'http://json-schema.org/draft-07/schema#'

const stringOrArray = (item: JsonSchema): JsonSchema => ({
  anyOf: [item, { type: 'array', items: item }],
})

const conditionValue: JsonSchema = stringOrArray({ type: ['string', 'number', 'boolean'] })

function conditionBlock(keys: readonly { key: string; examples?: string[] }[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const { key, examples } of keys) {
    properties[key] = examples ? { ...conditionValue, examples } : conditionValue
  }
  return { type: 'object', properties, additionalProperties: conditionValue }
}

function conditionSchema(keys: readonly { key: string; examples?: string[] }[]): JsonSchema {
  const block = conditionBlock(keys)
  const properties: Record<string, JsonSchema> = {}
  for (const name of allOperatorSpellings()) properties[name] = block
  return { type: 'object', properties, additionalProperties: false }
}

function policySchema(statement: JsonSchema, title: string): JsonSchema {
  return {
    $schema: SCHEMA_URI,
    title,
    type: 'object',
    required: ['Statement'],
    additionalProperties: false,
    properties: {
      Version: { enum: [...POLICY_VERSIONS], default: POLICY_VERSIONS[0] },
      Id: { type: 'string' },
      Statement: { anyOf: [statement, { type: 'array', items: statement }] },
    },
  }
}

const ACTION_OR_NOT_ACTION: JsonSchema[] = [
  { required: ['Action'], not: { required: ['NotAction'] } },
  { required: ['NotAction'], not: { required: ['Action'] } },
]

const common = (condition: JsonSchema) => ({
  Sid: { type: 'string' },
  Effect: { enum: [...EFFECTS] },
  Action: stringOrArray({ type: 'string', pattern: ACTION_PATTERN }),
  NotAction: stringOrArray({ type: 'string', pattern: ACTION_PATTERN }),
  Condition: condition,
})

/** The schema of identity (permission) policies: no Principal; Resource or NotResource required. */
export const iamPolicySchema: JsonSchema = policySchema(
  {
    type: 'object',
    additionalProperties: false,
    required: ['Effect'],
    properties: {
      ...common(conditionSchema([])),
      Resource: stringOrArray({ type: 'string', pattern: RESOURCE_PATTERN }),
      NotResource: stringOrArray({ type: 'string', pattern: RESOURCE_PATTERN }),
    },
    allOf: [
      { oneOf: ACTION_OR_NOT_ACTION },
      {
        oneOf: [
          { required: ['Resource'], not: { required: ['NotResource'] } },
          { required: ['NotResource'], not: { required: ['Resource'] } },
        ],
      },
    ],
  },
  'IAM identity policy',
)

const principalValue: JsonSchema = stringOrArray({ type: 'string', pattern: NO_WILDCARD_PATTERN })
const federatedValue: JsonSchema = stringOrArray({
  anyOf: [
    { type: 'string', pattern: OIDC_PROVIDER_PATTERN },
    { type: 'string', pattern: SAML_PROVIDER_PATTERN },
    { enum: [...BUILT_IN_WEB_IDENTITY_PROVIDERS] },
  ],
})

/**
 * The schema of role trust policies. With the scenario's provider (`oidc.eks.<region>.amazonaws.com/id/<ID>`)
 * the editor suggests its condition keys (`:sub`, `:aud`, `:amr`, `:azp`) and the audience value.
 */
export function trustPolicySchema(oidcKeyPrefix?: string): JsonSchema {
  const keys: { key: string; examples?: string[] }[] = []
  if (oidcKeyPrefix) {
    for (const claim of OIDC_CLAIM_KEYS) {
      const key = `${oidcKeyPrefix}:${claim}`
      if (claim === 'aud') keys.push({ key, examples: [STS_AUDIENCE] })
      else if (claim === 'sub')
        keys.push({ key, examples: ['system:serviceaccount:<namespace>:<service-account>'] })
      else keys.push({ key })
    }
  }
  keys.push({ key: 'aws:CurrentTime' }, { key: 'aws:EpochTime' }, { key: 'sts:RoleSessionName' })
  const actions = stringOrArray({
    type: 'string',
    pattern: ACTION_PATTERN,
    examples: [...WEB_IDENTITY_ACTIONS],
  })
  return policySchema(
    {
      type: 'object',
      additionalProperties: false,
      required: ['Effect', 'Principal'],
      properties: {
        ...common(conditionSchema(keys)),
        Action: actions,
        NotAction: actions,
        Principal: {
          type: 'object',
          minProperties: 1,
          additionalProperties: false,
          properties: {
            AWS: principalValue,
            Federated: federatedValue,
            Service: principalValue,
            CanonicalUser: principalValue,
          },
        },
      },
      allOf: [{ oneOf: ACTION_OR_NOT_ACTION }],
    },
    'IAM role trust policy',
  )
}
