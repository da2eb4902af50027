/**
 * Machine-readable reasons in a policy trace. The UI turns each into one sentence; tests assert them.
 */

/** `ConditionTrace.reason`. */
export const CONDITION_REASONS = {
  /** A request value matched a policy value. */
  matched: 'matched',
  /** The key is present but no request value matched any policy value. */
  noValueMatched: 'no-value-matched',
  /** The key is absent from the request: a positive operator is false. */
  keyAbsent: 'key-absent',
  /** The key is absent and the operator ends in IfExists: true. */
  absentIfExists: 'absent-ifexists',
  /** The key is absent and the operator is negated (StringNotEquals, …): true. */
  negatedAbsent: 'negated-absent',
  /** A negated operator: no request value matched any policy value, so it is true. */
  negatedNoneMatched: 'negated-none-matched',
  /** A negated operator: a request value matched a policy value, so it is false. */
  negatedValueMatched: 'negated-value-matched',
  /** Null: presence of the key is as the policy value requires. */
  nullMatched: 'null-matched',
  /** Null: presence of the key is not as the policy value requires. */
  nullNotMatched: 'null-not-matched',
  /** ForAnyValue: at least one request value satisfied the operator. */
  forAnyValueMatched: 'for-any-value-matched',
  /** ForAnyValue: no request value satisfied the operator. */
  forAnyValueNoneMatched: 'for-any-value-none-matched',
  /** ForAnyValue on an absent key or empty set: false. */
  forAnyValueEmpty: 'for-any-value-empty',
  /** ForAllValues: every request value satisfied the operator. */
  forAllValuesMatched: 'for-all-values-matched',
  /** ForAllValues: some request value did not satisfy the operator. */
  forAllValuesUnmatchedValue: 'for-all-values-unmatched-value',
  /** ForAllValues on an absent key or empty set: true. */
  forAllValuesEmpty: 'for-all-values-empty',
  /** ForAllValues on a key whose only value is the empty string (a null data set): true. */
  forAllValuesEmptyString: 'for-all-values-empty-string',
  /** ForAnyValue on a key whose only value is the empty string (a null data set): false. */
  forAnyValueEmptyString: 'for-any-value-empty-string',
  /** Null on a key whose only value is the empty string: treated as absent (a null data set). */
  nullEmptyString: 'null-empty-string',
  /** The operator name is not an IAM condition operator: the condition cannot be true. */
  unknownOperator: 'unknown-operator',
  /** A known operator used in a form IAM rejects (e.g. NullIfExists, ForAnyValue:Null). */
  invalidOperator: 'invalid-operator',
} as const

export type ConditionReason = (typeof CONDITION_REASONS)[keyof typeof CONDITION_REASONS]

/** `ConditionValueTrace.error`. */
export const VALUE_ERRORS = {
  notAScalar: 'value.not-a-scalar',
  notANumber: 'value.not-a-number',
  notADate: 'value.not-a-date',
  notABoolean: 'value.not-a-boolean',
  notBase64: 'value.not-base64',
  notAnIpRange: 'value.not-an-ip-range',
  notAnArn: 'value.not-an-arn',
  variableUnresolved: 'variable.unresolved',
} as const

/** `ElementMatch.reason` for Principal, Action and Resource. */
export const ELEMENT_REASONS = {
  matched: 'matched',
  /** The statement has neither the element nor its Not form where one is required. */
  missing: 'element.missing',
  /** The element's value has the wrong shape (e.g. a number). */
  invalid: 'element.invalid',
  actionNotListed: 'action.not-listed',
  actionExcluded: 'action.excluded',
  resourceNotListed: 'resource.not-listed',
  resourceExcluded: 'resource.excluded',
  /** The request names no resource; only "*" matches it. */
  resourceNotInRequest: 'resource.not-in-request',
  principalNotListed: 'principal.not-listed',
  principalExcluded: 'principal.excluded',
  /** A trust policy statement without Principal applies to nobody. */
  principalMissing: 'principal.missing',
  /** NotPrincipal is not supported in role trust policies. */
  notPrincipalUnsupported: 'principal.not-principal-unsupported',
  /** The request carries no principal to compare with. */
  principalNotInRequest: 'principal.not-in-request',
  /** The policy statement's Effect is neither Allow nor Deny. */
  effectInvalid: 'effect.invalid',
} as const
