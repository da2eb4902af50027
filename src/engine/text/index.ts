/**
 * Located parsing, the face of text/ for the rest of the app: JSON and YAML documents whose every
 * element keeps its place (RFC 6901 pointer ↔ line and column), pointers, invisible characters.
 */
export * from './document'
export { escapePointerToken, joinPointer, splitPointer } from './pointer'
export { findInvisible, type InvisibleKind } from './invisible'
export { loadYamlLibrary, yamlLibrary, yamlLibraryLoaded, type YamlLibrary } from './yamlLibrary'
