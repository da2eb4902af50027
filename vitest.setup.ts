/**
 * Every test file starts with the YAML library loaded, as the CLI and the app's panels do: the
 * engine loads it on first need (src/engine/text/yamlLibrary.ts) and many tests parse YAML
 * synchronously. A test of the library not being there yet resets its modules first.
 */
import { loadYamlLibrary } from './src/engine'

await loadYamlLibrary()
