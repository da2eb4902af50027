/**
 * The default scenario's constant documents, parsed (taken by the build: see
 * scripts/firstVisitDocuments.ts).
 */
import { loadYamlLibrary, snapshotDocuments, type PreparedDocument } from '../engine'
import { blogDocuments } from './presets/blog'

// Loaded as the build imports this module (its module runner closes once the import is done).
await loadYamlLibrary()

export function firstVisitSnapshot(): PreparedDocument[] {
  return snapshotDocuments(blogDocuments())
}
