/** The default scenario's documents, parsed by the build (scripts/firstVisitDocuments.ts). */
declare module 'virtual:first-visit-documents' {
  import type { PreparedDocument } from './engine'
  const documents: readonly PreparedDocument[]
  export default documents
}
