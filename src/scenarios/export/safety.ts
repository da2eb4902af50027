/**
 * Exports that cannot be turned into options. The commands we print put user values (names,
 * client IDs, ARNs) on a command line; quoting alone keeps the shell from running them, but a value
 * such as `--endpoint-url=http://attacker` would still be read by the AWS CLI as an option when it
 * stands where an argument may start. So:
 * - every user value is attached to its option (`--role-name=value`) or comes after `--`, where
 *   neither argparse (AWS CLI) nor pflag (kubectl, eksctl) reads options;
 * - a value that looks like an option, that the AWS CLI would replace by a file's or URL's content
 *   (`file://`, `fileb://`, `http(s)://`: its paramfile feature), or that holds control,
 *   zero-width or bidi characters (the printed command would not show what runs: Trojan Source)
 *   is refused: its command is not emitted, and a refusal says which value and why.
 *
 * Sources: Python argparse (`--opt=value` binds the value; `--` ends options), spf13/pflag (the
 * same), AWS CLI v2 "Loading parameters from a file" (file://, fileb://) and v1's
 * cli_follow_urlparam (http://, https://).
 */
import { findInvisible, type InvisibleKind } from '../../engine/text'
import { shellQuote } from './shell'

/** Which user value a refusal is about. */
export type ExportField =
  | 'providerUrl'
  | 'clientId'
  | 'thumbprint'
  | 'roleName'
  | 'accountId'
  | 'namespace'
  | 'serviceAccount'
  | 'roleArn'
  | 'requestRoleArn'
  | 'roleSessionName'
  | 'audience'
  | 'region'
  | 'trustPolicy'
  | 'permissionPolicy'

export type RefusalReason = 'optionLike' | 'paramFile' | InvisibleKind

/** A value the export refuses to print, and why (facts as data; the UI words it). */
export interface ExportRefusal {
  field: ExportField
  reason: RefusalReason
  /** The code point of the first invisible character, `U+200B`, for the invisible reasons. */
  codePoint?: string
  /** Its 1-based character index in the value. */
  index?: number
}

/**
 * How a value is used: an argument of an AWS CLI or kubectl/eksctl command, the content of a file
 * (a policy: tabs and line breaks allowed), or a string in another language (Terraform).
 */
export type Use = 'aws' | 'kube' | 'file' | 'text'

const PARAM_FILE = /^(?:file|fileb|https?):\/\//i

/** Why `value` may not be printed where `use` puts it, or undefined when it may. */
export function refusal(field: ExportField, value: string, use: Use): ExportRefusal | undefined {
  // A policy file may hold tabs and line breaks; an argument holds none of them.
  const hit = findInvisible(value).find(
    (c) => use !== 'file' || (c.codePoint !== 0x09 && c.codePoint !== 0x0a && c.codePoint !== 0x0d),
  )
  if (hit) {
    const index = [...value.slice(0, hit.offset)].length + 1
    return { field, reason: hit.kind, codePoint: hit.label, index }
  }
  if (use === 'file' || use === 'text') return undefined
  if (value.startsWith('-')) return { field, reason: 'optionLike' }
  if (use === 'aws' && field !== 'providerUrl' && PARAM_FILE.test(value))
    return { field, reason: 'paramFile' }
  return undefined
}

/** Collects refusals while a block's values are written. */
export class Checked {
  readonly refusals: ExportRefusal[] = []
  private readonly use: 'aws' | 'kube'
  constructor(use: 'aws' | 'kube') {
    this.use = use
  }

  /** Checks a value; true when it may be printed. */
  ok(field: ExportField, value: string, use: Use = this.use): boolean {
    const r = refusal(field, value, use)
    if (r && !this.refusals.some((x) => x.field === r.field && x.reason === r.reason))
      this.refusals.push(r)
    return !r
  }

  /** `--name=<value>`, the value quoted and bound to its option. */
  opt(name: string, field: ExportField, value: string, use?: Use): string {
    this.ok(field, value, use)
    return `--${name}=${shellQuote(value)}`
  }

  /**
   * `--name=<list>` as a JSON array: the AWS CLI reads a list parameter given as JSON (a bare
   * value would go through its shorthand parser, which splits at commas), and every value stays
   * bound to the option.
   */
  list(name: string, field: ExportField, values: readonly string[]): string {
    for (const v of values) this.ok(field, v)
    return `--${name}=${shellQuote(JSON.stringify(values))}`
  }

  /** A positional argument, to be printed after `--`. */
  arg(field: ExportField, value: string): string {
    this.ok(field, value)
    return shellQuote(value)
  }
}
