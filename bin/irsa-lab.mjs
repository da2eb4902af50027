#!/usr/bin/env node
// irsa-lab: the headless CLI over IRSA Lab's engine. The engine and the CLI are TypeScript; tsx
// (a dev dependency) compiles them on the fly, so this runs from a clone after `npm ci`.
import { register } from 'tsx/esm/api'

register()
const controller = new AbortController()
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => controller.abort())
const { main } = await import('../src/cli/main.ts')
const { processIo } = await import('../src/cli/command.ts')
process.exitCode = await main(process.argv.slice(2), processIo(controller.signal))
