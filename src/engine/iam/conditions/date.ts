/**
 * Date condition operators. Source: IAM User Guide, "Condition operators" → Date condition operators:
 * values are ISO 8601 dates (W3C profile) or epoch (UNIX) seconds; wildcards are not allowed.
 */
import type { ConditionOperator } from './operator'

const EPOCH = /^-?\d+(\.\d+)?$/
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i

/** Parses an ISO 8601 date or epoch seconds into epoch milliseconds; undefined when invalid. */
export function parseDate(text: string): number | undefined {
  const trimmed = text.trim()
  if (EPOCH.test(trimmed)) {
    const seconds = Number(trimmed)
    return Number.isFinite(seconds) ? seconds * 1000 : undefined
  }
  const m = ISO.exec(trimmed)
  if (!m) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00', frac = '', zone = 'Z'] = m
  const ms = frac ? Number(`0.${frac}`) * 1000 : 0
  // A date without a zone is UTC in IAM (aws:CurrentTime is always UTC); Date.parse would read
  // "YYYY-MM-DDTHH:MM" as local time, so build the instant ourselves.
  let offsetMinutes = 0
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.replace(':', '')
    const sign = digits[0] === '-' ? -1 : 1
    offsetMinutes = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
  }
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return undefined
  const utc = Date.UTC(Number(y), month - 1, day, hour, minute, second) + ms
  const date = new Date(Date.UTC(Number(y), month - 1, day))
  if (date.getUTCDate() !== day) return undefined // e.g. 2021-02-30
  return utc - offsetMinutes * 60_000
}

function dateOperator(
  name: string,
  negated: boolean,
  test: (actual: number, expected: number) => boolean,
) {
  const operator: ConditionOperator = {
    name,
    family: 'Date',
    negated,
    variables: false,
    compile(value) {
      const expected = parseDate(value)
      if (expected === undefined) return 'value.not-a-date'
      return (actual) => {
        const parsed = parseDate(actual)
        return parsed !== undefined && test(parsed, expected)
      }
    },
  }
  return operator
}

/** DateEquals … DateGreaterThanEquals. */
export const DATE_OPERATORS: readonly ConditionOperator[] = [
  dateOperator('DateEquals', false, (a, e) => a === e),
  dateOperator('DateNotEquals', true, (a, e) => a === e),
  dateOperator('DateLessThan', false, (a, e) => a < e),
  dateOperator('DateLessThanEquals', false, (a, e) => a <= e),
  dateOperator('DateGreaterThan', false, (a, e) => a > e),
  dateOperator('DateGreaterThanEquals', false, (a, e) => a >= e),
]
