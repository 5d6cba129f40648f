/**
 * Ids of actors the registry lacks (names the tagger finds) start with
 * this prefix; registry ids may not, so the two never collide.
 */
export const DERIVED_ID_PREFIX = 'ar-'

/**
 * Each letter of a normalized name (see `normalizeArabic`) and its code:
 * one ASCII letter, plus a digit where two Arabic letters would share it.
 * No code is a letter followed by a digit that is also a code's start, so
 * the id can be read back letter by letter: two different names never get
 * the same id.
 */
const LETTER_CODES: Record<string, string> = {
  'ء': 'a2', 'ا': 'a', 'ب': 'b', 'ت': 't', 'ث': 't1', 'ج': 'j', 'ح': 'h1', 'خ': 'k1',
  'د': 'd', 'ذ': 'd1', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 's1', 'ص': 's2', 'ض': 'd2',
  'ط': 't2', 'ظ': 'z1', 'ع': 'a1', 'غ': 'g', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l',
  'م': 'm', 'ن': 'n', 'ه': 'h', 'و': 'w', 'ي': 'y'
}

/**
 * The stable id of an actor found by the tagger, from its normalized name
 * (words joined by one space): `خليفه حفتر` → `ar-k1lyfh-h1ftr`.
 *
 * Deterministic (the same name gives the same id in every article and
 * every run, so incremental ingest stays correct), URL-safe, and
 * collision-free: the letter codes are uniquely decodable and words are
 * joined by `-`, so different names give different ids. Returns
 * `undefined` for a name holding anything but Arabic letters and single
 * spaces: such a name is not made an actor.
 */
export function nameToActorId(normalizedName: string): string | undefined {
  const words = normalizedName.split(' ')
  const coded: string[] = []
  for (const word of words) {
    if (word === '') return undefined
    let code = ''
    for (const letter of word) {
      const letterCode = LETTER_CODES[letter]
      if (letterCode === undefined) return undefined
      code += letterCode
    }
    coded.push(code)
  }
  return DERIVED_ID_PREFIX + coded.join('-')
}
