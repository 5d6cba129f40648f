import {createHash} from 'node:crypto'
import {URL_SAFE_ID} from '../../../src/shared/schemas/url-safe-id.ts'

const MAX_LENGTH = 100

/**
 * A stable, URL-safe id from the id a source gives (a file name's stem or
 * a record's `id`). Safe ids are kept as they are. Others keep their ASCII
 * letters and digits, joined by `-`, plus a short hash of the original so
 * two names that differ only in other characters (`خبر-1`, `تقرير-1`) never
 * collide: `خبر-1` → `1-3f9a61c2`.
 */
export function toArticleId(givenId: string): string {
  const trimmed = givenId.trim()
  if (URL_SAFE_ID.test(trimmed) && trimmed.length <= MAX_LENGTH) return trimmed
  const ascii = trimmed
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_]+/g, '-')
    .replace(/^[-_]+|-+$/g, '')
    .slice(0, MAX_LENGTH - 9)
  const hash = createHash('sha256').update(trimmed).digest('hex').slice(0, 8)
  return ascii === '' ? `article-${hash}` : `${ascii}-${hash}`
}
