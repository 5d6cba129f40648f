import {createHash} from 'node:crypto'

/** The SHA-256 of `parts` one after another, in hex: what archivists record for fixity. */
export function sha256Hex(...parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex')
}
