import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'
import {tokenize} from '../../../src/shared/arabic/tokenize.ts'

/**
 * The normalized tokens of a name as the registry gives it:
 * `"الجيش الوطني الليبي"` → `['الجيش', 'الوطني', 'الليبي']`. The matcher
 * compares these with the normalized tokens of the text.
 */
export function nameToTokens(name: string): string[] {
  return tokenize(name).map((token) => normalizeArabic(token.text))
}

/** One string per name, for comparing names: the normalized tokens joined by a space. */
export function nameToKey(name: string): string {
  return nameToTokens(name).join(' ')
}
