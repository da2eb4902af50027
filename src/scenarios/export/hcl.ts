/** Writing HCL (Terraform) values safely: user content goes into string literals. */

/**
 * A quoted HCL string. Besides `\` and `"`, HCL treats `${` and `%{` as the start of an
 * interpolation or directive, so they are doubled (`$${`, `%%{`) — IAM policy variables such as
 * `${aws:username}` must reach AWS literally.
 */
export function hclString(value: string): string {
  let out = ''
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0
    if (ch === '\\') out += '\\\\'
    else if (ch === '"') out += '\\"'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (ch === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x7f) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += ch
  }
  return `"${out.replace(/\$\{/g, () => '$${').replace(/%\{/g, '%%{')}"`
}

/** A list of quoted strings: ["a", "b"]. */
export const hclList = (values: readonly string[]) => `[${values.map(hclString).join(', ')}]`

/**
 * A Terraform block label: letters, digits, `_` and `-`, starting with a letter or `_`.
 * Other characters become `_`.
 */
export function hclIdentifier(value: string, fallback = 'this'): string {
  const cleaned = value.replace(/[^A-Za-z0-9_-]/g, '_')
  if (cleaned === '') return fallback
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`
}

/** `name = value` lines with the `=` aligned, as `terraform fmt` writes them. */
export function hclAttributes(
  pairs: readonly (readonly [string, string])[],
  indent: string,
): string[] {
  const width = Math.max(0, ...pairs.map(([k]) => k.length))
  return pairs.map(([k, v]) => `${indent}${k.padEnd(width)} = ${v}`)
}
