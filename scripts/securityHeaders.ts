/**
 * The HTTP headers the built site should be served with, in one place: vite.config.ts puts the
 * meta CSP in the pages, applies the headers in `vite preview`, and writes them into dist/ in the
 * formats of common static hosts (README, "Headers for hosts").
 *
 * - The CSP allows this origin only (nothing leaves the browser) and enforces Trusted Types with
 *   the app's two policies (src/ui/security/trustedTypes.ts).
 * - `frame-ancestors` works in a header only (a meta CSP ignores it, CSP3 §6.4.2), and static hosts
 *   cannot vary headers by query string, so the embeddable view has a page of its own:
 *   `embed.html?view=embed` may be framed by any site; every other page only by this origin.
 */

/** The directives a meta tag can carry (and the header starts with). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // Monaco injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  // Monaco's CSS draws a few icons as data: SVG images.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "worker-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types irsa-lab monaco',
]

/** The CSP of a meta tag. */
export const META_CSP = CSP_DIRECTIVES.join('; ')

/** The CSP header of the pages (framed by this origin only) and of the embeddable page. */
export const HEADER_CSP = [...CSP_DIRECTIVES, "frame-ancestors 'self'"].join('; ')
export const EMBED_HEADER_CSP = [...CSP_DIRECTIVES, 'frame-ancestors *'].join('; ')

/** The page that may be framed by other sites (slides): `embed.html?view=embed`. */
export const EMBED_PAGE = 'embed.html'

/** Headers for every response. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Nothing the app uses but the clipboard (copy buttons) and fullscreen (presentation mode).
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), clipboard-write=(self), fullscreen=(self)',
}

/** The headers of a request path. */
export function headersFor(path: string): Record<string, string> {
  const embed = path.split('?')[0]!.endsWith(`/${EMBED_PAGE}`)
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy': embed ? EMBED_HEADER_CSP : HEADER_CSP,
  }
}

const lines = (
  headers: Record<string, string>,
  indent: string,
  format: (k: string, v: string) => string,
) => Object.entries(headers).map(([k, v]) => indent + format(k, v))

/**
 * The pages, which carry the CSP (a host merges the headers of every rule that matches a path, so
 * the CSP is on the pages by name, never on a catch-all rule the embeddable page would also match).
 */
const PAGES = ['/', '/index.html']

/** Netlify and Cloudflare Pages: `_headers`. */
export function netlifyHeaders(): string {
  const rule = (path: string, h: Record<string, string>) => [
    path,
    ...lines(h, '  ', (k, v) => `${k}: ${v}`),
  ]
  return [
    '# Security headers (IRSA Lab, README "Headers for hosts"). Netlify and Cloudflare Pages.',
    ...rule('/*', COMMON_HEADERS),
    ...PAGES.flatMap((page) => rule(page, { 'Content-Security-Policy': HEADER_CSP })),
    ...rule(`/${EMBED_PAGE}`, { 'Content-Security-Policy': EMBED_HEADER_CSP }),
    '',
  ].join('\n')
}

/** Vercel: `vercel.json` (copy it to the project root). */
export function vercelJson(): string {
  const list = (h: Record<string, string>) =>
    Object.entries(h).map(([key, value]) => ({ key, value }))
  return `${JSON.stringify(
    {
      headers: [
        { source: '/(.*)', headers: list(COMMON_HEADERS) },
        ...PAGES.map((source) => ({
          source,
          headers: list({ 'Content-Security-Policy': HEADER_CSP }),
        })),
        {
          source: `/${EMBED_PAGE}`,
          headers: list({ 'Content-Security-Policy': EMBED_HEADER_CSP }),
        },
      ],
    },
    null,
    2,
  )}\n`
}

/** nginx: include in the `server` block that serves dist/. */
export function nginxConf(): string {
  const add = (h: Record<string, string>, indent: string) =>
    lines(h, indent, (k, v) => `add_header ${k} "${v}" always;`)
  return [
    '# Security headers (IRSA Lab, README "Headers for hosts"): include in the server block.',
    '# nginx drops inherited add_header lines in a location that has its own, so the embeddable',
    '# page repeats them all.',
    ...add(headersFor('/'), ''),
    `location ~ /${EMBED_PAGE.replace('.', '\\.')}$ {`,
    ...add(headersFor(`/${EMBED_PAGE}`), '    '),
    '}',
    '',
  ].join('\n')
}

/** Apache: `.htaccess` in dist/ (mod_headers). */
export function htaccess(): string {
  const set = (h: Record<string, string>, indent: string) =>
    lines(h, indent, (k, v) => `Header always set ${k} "${v}"`)
  return [
    '# Security headers (IRSA Lab, README "Headers for hosts"). Needs mod_headers.',
    '<IfModule mod_headers.c>',
    ...set(headersFor('/'), '  '),
    `  <Files "${EMBED_PAGE}">`,
    `    Header always set Content-Security-Policy "${EMBED_HEADER_CSP}"`,
    '  </Files>',
    '</IfModule>',
    '',
  ].join('\n')
}

/** The files written into dist/, by name. */
export const HOST_HEADER_FILES: Record<string, () => string> = {
  _headers: netlifyHeaders,
  'vercel.json': vercelJson,
  'nginx-security-headers.conf': nginxConf,
  '.htaccess': htaccess,
}
