/**
 * The STS endpoint an SDK calls, from its region, and the partition a region belongs to.
 * Source: the SDKs' endpoint rules (botocore data/partitions.json, aws-sdk-js-v3
 * util-endpoints partitions.json): aws-cn regions match ^cn\-\w+\-\d+$ with the DNS suffix
 * amazonaws.com.cn (e.g. https://sts.cn-north-1.amazonaws.com.cn); aws-us-gov regions match
 * ^us\-gov\-\w+\-\d+$ with amazonaws.com; aws-iso (us-iso-*) c2s.ic.gov; aws-iso-b (us-isob-*)
 * sc2s.sgov.gov. Without a region the SDK's legacy global endpoint is https://sts.amazonaws.com
 * (the aws partition only). EKS's webhook sets AWS_STS_REGIONAL_ENDPOINTS=regional (spec §3.6).
 */

export type Partition = 'aws' | 'aws-cn' | 'aws-us-gov' | 'aws-iso' | 'aws-iso-b'

const RULES: readonly { partition: Partition; region: RegExp; suffix: string }[] = [
  { partition: 'aws-cn', region: /^cn-\w+-\d+$/, suffix: 'amazonaws.com.cn' },
  { partition: 'aws-us-gov', region: /^us-gov-\w+-\d+$/, suffix: 'amazonaws.com' },
  { partition: 'aws-iso', region: /^us-iso-\w+-\d+$/, suffix: 'c2s.ic.gov' },
  { partition: 'aws-iso-b', region: /^us-isob-\w+-\d+$/, suffix: 'sc2s.sgov.gov' },
]

/** The partition of a region name, 'aws' for every other region. */
export function partitionOfRegion(region: string): Partition {
  return RULES.find((r) => r.region.test(region))?.partition ?? 'aws'
}

/** The DNS suffix of a partition's service endpoints. */
export function dnsSuffix(partition: string): string {
  return RULES.find((r) => r.partition === partition)?.suffix ?? 'amazonaws.com'
}

/**
 * The STS endpoint for a region (regional), or the global one without a region.
 *
 * @example
 * stsEndpoint('cn-north-1') // 'https://sts.cn-north-1.amazonaws.com.cn'
 * stsEndpoint(undefined)    // 'https://sts.amazonaws.com'
 */
export function stsEndpoint(region: string | undefined): string {
  if (!region) return 'https://sts.amazonaws.com'
  return `https://sts.${region}.${dnsSuffix(partitionOfRegion(region))}`
}
