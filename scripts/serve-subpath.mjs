/**
 * Serves the built site (dist/) under a sub-path, as a static host or CDN would:
 * http://127.0.0.1:4174/irsa-lab/. Files are read per request, so it can start before the build.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const PREFIX = process.env.SUBPATH ?? '/irsa-lab/'
const PORT = Number(process.env.PORT ?? 4174)
const ROOT = join(process.cwd(), 'dist')
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
}

// `POST /__deploy` stands for a new deploy (e2e/safety-c.spec.ts): from then on sw.js differs by
// a byte, as a new build's does, so browsers install it as a new version.
let deploys = 0

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
  if (path === '/healthz') return void response.end('ok')
  if (path === '/__deploy' && request.method === 'POST') return void response.end(String(++deploys))
  if (!path.startsWith(PREFIX)) {
    response.writeHead(404)
    return void response.end('not under ' + PREFIX)
  }
  const relative = normalize(path.slice(PREFIX.length) || 'index.html').replace(/^(\.\.[/\\])+/, '')
  let file = join(ROOT, relative)
  if (!existsSync(file) || statSync(file).isDirectory()) file = join(ROOT, 'index.html')
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  if (relative === 'sw.js' && deploys > 0)
    return void response.end(`${readFileSync(file, 'utf8')}\n// deploy ${deploys}\n`)
  createReadStream(file).pipe(response)
}).listen(PORT, '127.0.0.1')
