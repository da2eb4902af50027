import { describe, expect, it } from 'vitest'
import { parseJsonDocument, parseYamlDocument } from '../text/document'
import { prepareDocuments } from './prepare'

describe('prepareDocuments', () => {
  it('leaves each document parsed in the cache the simulation reads', () => {
    // Given
    const documents = {
      serviceAccount: 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: prepared-sa\n',
      pod: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: prepared-pod\n',
      trustPolicies: ['{"Version":"2012-10-17","Statement":[],"Id":"prepared"}'],
      permissionPolicies: ['{"Version":"2012-10-17","Statement":[],"Id":"prepared-p"}'],
    }
    // When
    const prepared = prepareDocuments(documents)
    // Then: the simulation's own calls get the very same (cached) results
    expect(prepared.serviceAccount.ok).toBe(true)
    expect(parseYamlDocument(documents.serviceAccount, 'serviceAccount')).toBe(
      prepared.serviceAccount,
    )
    expect(parseYamlDocument(documents.pod, 'pod')).toBe(prepared.pod)
    expect(parseJsonDocument(documents.trustPolicies[0]!, 'trustPolicy')).toBe(
      prepared.trustPolicies[0],
    )
    expect(parseJsonDocument(documents.permissionPolicies[0]!, 'permissionPolicy')).toBe(
      prepared.permissionPolicies[0],
    )
  })

  it('never throws on documents that do not parse', () => {
    expect(() =>
      prepareDocuments({
        serviceAccount: 'a: [',
        pod: '\u0000',
        trustPolicies: ['{'],
        permissionPolicies: ['nope'],
      }),
    ).not.toThrow()
    expect(parseYamlDocument('a: [', 'serviceAccount').ok).toBe(false)
  })
})
