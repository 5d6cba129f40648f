import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {tokenize, type Token} from '../../../src/shared/arabic/tokenize.ts'
import {normalizeNfcWord} from './normalize-word.ts'

/** A paragraph or heading of the body, split into tokens, each also normalized. */
export interface TokenizedBlock {
  text: string
  tokens: Token[]
  /** `normalizeArabic` of each token's text, by token index. */
  normalized: string[]
}

/** Tokenize a block's text and normalize each token. */
export function tokenizeBlock(text: string): TokenizedBlock {
  const tokens = tokenize(text)
  // The ingest's text is NFC already (cleaning normalizes it); other text takes the slow, general path.
  const normalize = text.normalize('NFC') === text ? normalizeNfcWord : normalizeArabic
  return {text, tokens, normalized: tokens.map((token) => normalize(token.text))}
}

/** The text of tokens `[start, end)`, as written, spaces and all. */
export function tokensText(block: TokenizedBlock, start: number, end: number): string {
  return block.text.slice(block.tokens[start].start, block.tokens[end - 1].end)
}
