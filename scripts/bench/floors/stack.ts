/**
 * The first-visit floor (issue #18): the app's stack and nothing else — React DOM and jose
 * generating an RSA-2048 key, signing one token and verifying it, then one line on screen. The
 * bench times navigation → that line's paint (Element Timing), as it does the app's verdict.
 *
 * The same page also renders the app's first screen instead of the line, when the bench wrote it
 * into the page (`window.benchScreen`: the markup the app had on screen at its verdict's paint,
 * with the app's styles in the page's head; scripts/bench/browser.ts `screenFloorPage`). None of
 * the app's code runs there: it tells the cost of laying out and painting that screen from the
 * cost of the code that makes it.
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

declare global {
  interface Window {
    benchScreen?: string
  }
}

const root = createRoot(document.getElementById('root')!)
const screen = window.benchScreen
void credentials().then((line) =>
  root.render(
    screen === undefined
      ? createElement('h1', { ...PAINT_TIMING, 'data-testid': 'floor' }, line)
      : // The app's own Element Timing attribute (its verdict's heading) is in the markup.
        createElement('div', {
          'data-testid': 'floor',
          dangerouslySetInnerHTML: { __html: screen },
        }),
  ),
)
