/// <reference types="node" />
/**
 * `irsa-lab`: the headless entry point over the same pure engine as the app (bin/irsa-lab.mjs runs
 * this file through tsx). Every subcommand lives in a module of its own, registered below by one
 * line; `main` never throws on user input and returns the process's exit code.
 */
import { loadYamlLibrary } from '../engine'
import { EXIT_BAD_INPUT, processIo, type CliIo, type CommandEntry } from './command'

/** The subcommand registry: name → one-line summary and the module that runs it. */
export const COMMANDS: Record<string, CommandEntry> = {
  sts: {
    summary: 'a local STS endpoint answering AssumeRoleWithWebIdentity for a scenario',
    load: () => import('./sts'),
  },
  check: {
    summary: "a scenario's verdict, failing step and fix (exit 0 issued, 1 denied, 2 bad input)",
    load: () => import('./check'),
  },
  audit: {
    summary: 'who can assume every role of an account, risky first (--fail-on high, --json)',
    load: () => import('./audit'),
  },
}

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length))
  const lines = Object.entries(COMMANDS).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  )
  return `usage: irsa-lab <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nirsa-lab <command> --help for a command's options.\n`
}

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? io.stderr : io.stdout)(usage())
    return name === undefined ? EXIT_BAD_INPUT : 0
  }
  const entry = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!entry) {
    io.stderr(`irsa-lab: unknown command '${name}'\n\n${usage()}`)
    return EXIT_BAD_INPUT
  }
  // The YAML library loads on first need (engine/text/yamlLibrary.ts): every command may read YAML.
  const [command] = await Promise.all([entry.load(), loadYamlLibrary()])
  return command.run(rest, io)
}
