/**
 * The default scenario's constant documents, parsed (taken by the build: see
 * scripts/firstVisitDocuments.ts).
 */
import { snapshotDocuments, type PreparedDocument } from '../engine'
import { blogDocuments } from './presets/blog'

export function firstVisitSnapshot(): PreparedDocument[] {
  return snapshotDocuments(blogDocuments())
}
