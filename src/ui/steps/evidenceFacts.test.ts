import { describe, expect, it } from 'vitest'
import type { Step } from '../../engine'
import { conditionDiff } from './evidenceFacts'

const condition = (data: Record<string, unknown>, status: Step['status'] = 'fail'): Step => ({
  id: 'trust.condition.0.0',
  kind: 'trust.condition',
  actor: 'iam',
  status,
  title: 'StringEquals x:sub',
  refs: [],
  data,
})

describe('a failed condition’s differing characters', () => {
  it('marks what the request adds to the closest policy value (payment vs payments)', () => {
    const diff = conditionDiff(
      condition({
        operator: 'StringEquals',
        values: [
          { value: 'system:serviceaccount:billing:api' },
          { value: 'system:serviceaccount:payment:api' },
        ],
        requestValues: ['system:serviceaccount:payments:api'],
      }),
    )
    expect(diff).toEqual({
      prefix: 'system:serviceaccount:payment',
      expected: '',
      actual: 's',
      suffix: ':api',
    })
  })

  it('says nothing for a passed condition, another operator, or values with nothing in common', () => {
    const data = { operator: 'StringEquals', values: [{ value: 'a:b' }], requestValues: ['a:c'] }
    expect(conditionDiff(condition(data, 'pass'))).toBeUndefined()
    expect(conditionDiff(condition({ ...data, operator: 'Bool' }))).toBeUndefined()
    expect(
      conditionDiff(condition({ ...data, values: [{ value: 'xyz' }], requestValues: ['abc'] })),
    ).toBeUndefined()
    expect(conditionDiff(condition({ operator: 'StringLike' }))).toBeUndefined()
  })
})
