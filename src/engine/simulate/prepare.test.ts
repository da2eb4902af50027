import { describe, expect, it } from 'vitest'
import { blogDocuments } from '../../scenarios/presets/blog'
import { parseJson } from '../text/json'
import { parseJsonDocument, parseYamlDocument } from '../text/document'
import { parseYaml } from '../text/yaml'
import {
  prepareDocuments,
  primeDocuments,
  snapshotDocuments,
  type PreparedDocument,
} from './prepare'

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

describe('snapshotDocuments and primeDocuments', () => {
  const documents = blogDocuments({ namespace: 'snapshot-ns' })

  it('give the caches, through JSON, the documents the parsers make of the same texts', () => {
    // Given: the snapshot as a build writes it into the page
    const prepared = JSON.parse(JSON.stringify(snapshotDocuments(documents))) as PreparedDocument[]
    expect(prepared.map((d) => [d.format, d.source])).toEqual([
      ['yaml', 'serviceAccount'],
      ['yaml', 'pod'],
      ['json', 'trustPolicy'],
      ['json', 'permissionPolicy'],
    ])
    // When
    primeDocuments(prepared)
    // Then: the cached documents are the primed ones, and read as fresh parses do
    for (const { format, source, text, snapshot } of prepared) {
      const cached =
        format === 'yaml' ? parseYamlDocument(text, source) : parseJsonDocument(text, source)
      const fresh = format === 'yaml' ? parseYaml(text, source) : parseJson(text, source)
      expect(cached).not.toBe(fresh)
      expect(cached.value).toEqual(fresh.value)
      expect(cached.ok).toBe(fresh.ok)
      expect(cached.findings).toEqual(fresh.findings)
      expect(snapshot.spans.value.length).toBeGreaterThan(3)
      for (const [pointer] of snapshot.spans.value)
        expect(cached.locate(pointer)).toEqual(fresh.locate(pointer))
      for (const [pointer] of snapshot.spans.key)
        expect(cached.locateKey(pointer)).toEqual(fresh.locateKey(pointer))
      expect(cached.locate('/no/such/member')).toBeUndefined()
    }
  })

  it('leaves out a document whose parse JSON cannot carry (a YAML .nan)', () => {
    const prepared = snapshotDocuments({
      serviceAccount: 'kind: ServiceAccount\nweight: .nan\n',
      pod: 'kind: Pod\n',
      trustPolicies: [],
      permissionPolicies: [],
    })
    expect(prepared.map((d) => d.source)).toEqual(['pod'])
  })
})
