// The page's first script (a classic script the build makes of this file: scripts/earlyScript.ts).
import { publishKeyPair } from './keyPairStart'

publishKeyPair()
