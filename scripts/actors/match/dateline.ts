import type {TokenizedBlock} from './tokenized-block.ts'

/** Most tokens a dateline's place holds before its credit: `أتلانتا، الولايات المتحدة الأمريكية`. */
const MAX_PLACE_TOKENS = 10
const DASHES = new Set(['-', '—', '–'])

/**
 * Where the dateline at the start of an article's first block ends, or 0:
 * `دبي، الإمارات العربية المتحدة (CNN)-- …` → the token after the dashes.
 *
 * Reasoning: a dateline says where the wire copy was filed (CNN files
 * from Atlanta and Dubai), not who the story is about; counted as
 * ordinary mentions, it made Atlanta, Dubai and the UAE actors of 1,400
 * unrelated corpus articles' timelines. Its places are marked instead
 * (`dateline: true`). The text itself is kept: cleaning owns the body.
 */
export function datelineEnd(block: TokenizedBlock): number {
  const {tokens} = block
  let i = 0
  while (i < tokens.length && i < MAX_PLACE_TOKENS && (tokens[i].kind === 'word' || tokens[i].text === '،' || tokens[i].text === ',')) i++
  if (i === 0 || tokens[i]?.text !== '(') return 0
  let close = i + 1
  while (close < tokens.length && close <= i + 4 && tokens[close].text !== ')') close++
  if (tokens[close]?.text !== ')' || close === i + 1) return 0
  let end = close + 1
  while (end < tokens.length && DASHES.has(tokens[end].text)) end++
  return end > close + 1 ? end : 0
}
