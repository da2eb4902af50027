import { describe, expect, it } from 'vitest'
import { partitionOfRegion, stsEndpoint } from './endpoint'

// Source: botocore data/partitions.json (regionRegex and dnsSuffix per partition).
describe(stsEndpoint, () => {
  it.each([
    { region: undefined, endpoint: 'https://sts.amazonaws.com', partition: 'aws' },
    {
      region: 'ap-northeast-2',
      endpoint: 'https://sts.ap-northeast-2.amazonaws.com',
      partition: 'aws',
    },
    {
      region: 'cn-north-1',
      endpoint: 'https://sts.cn-north-1.amazonaws.com.cn',
      partition: 'aws-cn',
    },
    {
      region: 'cn-northwest-1',
      endpoint: 'https://sts.cn-northwest-1.amazonaws.com.cn',
      partition: 'aws-cn',
    },
    {
      region: 'us-gov-west-1',
      endpoint: 'https://sts.us-gov-west-1.amazonaws.com',
      partition: 'aws-us-gov',
    },
    {
      region: 'us-iso-east-1',
      endpoint: 'https://sts.us-iso-east-1.c2s.ic.gov',
      partition: 'aws-iso',
    },
    {
      region: 'us-isob-east-1',
      endpoint: 'https://sts.us-isob-east-1.sc2s.sgov.gov',
      partition: 'aws-iso-b',
    },
  ])('$region → $endpoint', ({ region, endpoint, partition }) => {
    expect(stsEndpoint(region)).toBe(endpoint)
    expect(partitionOfRegion(region ?? '')).toBe(partition)
  })
})
