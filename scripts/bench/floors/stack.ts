/**
 * The first-visit floor (issue #18): the app's stack and nothing else — React DOM and jose
 * generating an RSA-2048 key, signing one token and verifying it, then one line on screen. The
 * bench times navigation → that line's paint (Element Timing), as it does the app's verdict.
 */
import { generateKeyPair, jwtVerify, SignJWT } from 'jose'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'

async function credentials(): Promise<string> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true })
  const token = await new SignJWT({ sub: 'system:serviceaccount:example:example-sa' })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey)
  const { payload } = await jwtVerify(token, publicKey)
  return `Credentials issued for ${String(payload.sub)}`
}

/** Element Timing's attribute (React's types do not list it). No JSX: the file is type-checked
 * with the Node scripts. */
const PAINT_TIMING: Record<string, string> = { elementtiming: 'bench-floor' }

const root = createRoot(document.getElementById('root')!)
void credentials().then((line) =>
  root.render(createElement('h1', { ...PAINT_TIMING, 'data-testid': 'floor' }, line)),
)
