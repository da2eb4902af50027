/// <reference types="node" />
/**
 * The contract between `irsa-lab`'s entry point (main.ts) and its subcommands: each subcommand is a
 * module of its own whose `run` takes the arguments after its name and returns the exit code.
 */

/** Where a subcommand writes; tests pass their own to capture the text. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Aborted when the process is asked to stop (SIGINT/SIGTERM): long-running commands end then. */
  signal?: AbortSignal
}

/** What a subcommand's module exports. */
export interface CommandModule {
  run: (args: string[], io: CliIo) => Promise<number>
}

export interface CommandEntry {
  /** One line for `irsa-lab --help`. */
  summary: string
  load: () => Promise<CommandModule>
}

/** Exit code for bad input (unknown option, unreadable file, not a scenario). */
export const EXIT_BAD_INPUT = 2

export const processIo = (signal?: AbortSignal): CliIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  signal,
})
