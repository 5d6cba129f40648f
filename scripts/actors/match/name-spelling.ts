import type {ActorIndex} from './actor-index.ts'
import type {TokenizedBlock} from './tokenized-block.ts'

const TANWEEN = /[\u064B-\u064D]/
const FINAL_HEH = /ه[\p{M}\u0640]*$/u

/**
 * Whether a token of `[start, end)` carries tanween. Names do not take it,
 * so such a word is an adjective or adverb spelt like a name: `دوماً`
 * (always) beside `دوما` (Douma), `روسياً` (Russian).
 */
export function hasTanween(block: TokenizedBlock, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (TANWEEN.test(block.tokens[i].text)) return true
  return false
}

/**
 * Whether a word of `[start, end)` ends in ه where the registry spells the
 * name with ة only (see `ActorIndex.tehMarbutaOnly`). `stem` is the first
 * word without its proclitics.
 */
export function misreadsTehMarbuta(block: TokenizedBlock, start: number, end: number, stem: string, index: ActorIndex): boolean {
  for (let i = start; i < end; i++) {
    const token = i === start ? stem : block.normalized[i]
    if (index.tehMarbutaOnly.has(token) && FINAL_HEH.test(block.tokens[i].text)) return true
  }
  return false
}
