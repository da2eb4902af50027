/// <reference types="node" />
/** Option parsing for the subcommands (node:util parseArgs), with errors as values, not throws. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

export type Options = NonNullable<ParseArgsConfig['options']>

export type Parsed =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[] }
  | { ok: false; reason: string }

export function parseOptions(args: string[], options: Options, positionals = false): Parsed {
  try {
    const { values, positionals: rest } = parseArgs({
      args,
      options,
      allowPositionals: positionals,
      strict: true,
    })
    return {
      ok: true,
      values: values as Record<string, string | boolean | undefined>,
      positionals: rest,
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** An ISO 8601 instant, or undefined. */
export function validInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && Number.isFinite(Date.parse(text))
}
