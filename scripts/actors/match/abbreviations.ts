import type {Mention} from './find-mentions.ts'
import type {TokenizedBlock} from './tokenized-block.ts'

/** Marks that set a short name apart right after a long one, and the mark that closes each. */
const CLOSING: Record<string, string> = {'"': '"', '«': '»', '“': '”', '(': ')'}

/**
 * Names written right after another in quotes or brackets, one word each:
 * the short name the text gives the long one (`وكالة الأنباء السورية "سانا"`,
 * `منظمة البلدان المصدرة للبترول (أوبك)`), as `[long, short]` pairs. Whether
 * the two are one actor is for resolution to say (both organizations).
 */
export function abbreviationPairs(block: TokenizedBlock, mentions: readonly Mention[]): [Mention, Mention][] {
  const {tokens} = block
  const pairs: [Mention, Mention][] = []
  const sorted = mentions.toSorted((a, b) => a.start - b.start)
  for (let at = 1; at < sorted.length; at++) {
    const [long, short] = [sorted[at - 1], sorted[at]]
    const opening = tokens[long.end]?.text
    if (short.start !== long.end + 1 || short.end !== short.start + 1 || !(opening in CLOSING)) continue
    if (tokens[short.end]?.text === CLOSING[opening]) pairs.push([long, short])
  }
  return pairs
}
