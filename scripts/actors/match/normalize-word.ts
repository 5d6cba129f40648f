import {normalizeArabic} from '../../../src/shared/arabic/normalize.ts'

/** Per UTF-16 code unit: 0 not looked up yet, -1 removed, -2 needs the whole word, else the code unit it becomes + 1. */
const units = new Int32Array(0x10000)
const REMOVED = -1
const WHOLE_WORD = -2

/**
 * `normalizeArabic(word)` for a word of NFC text, fast: one table lookup
 * per character instead of six passes of regular expressions.
 *
 * The table is filled from `normalizeArabic` itself, one character at a
 * time, so the two cannot drift apart. That is exact for NFC text, since
 * apart from NFC `normalizeArabic` works character by character; a
 * character it maps to more or less than one code unit (`İ` lowercases to
 * two, surrogate halves) sends the word to `normalizeArabic` whole.
 *
 * Reasoning: the ingest normalizes every token of every article (about
 * 3 million for 12,000 articles); this is a tenth of the cost.
 */
export function normalizeNfcWord(word: string): string {
  let out = ''
  let start = 0
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i)
    let to = units[unit]
    if (to === 0) to = units[unit] = lookUp(unit)
    if (to === unit + 1) continue
    if (to === WHOLE_WORD) return normalizeArabic(word)
    out += word.slice(start, i)
    if (to !== REMOVED) out += String.fromCharCode(to - 1)
    start = i + 1
  }
  return start === 0 ? word : out + word.slice(start)
}

function lookUp(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return WHOLE_WORD
  const normalized = normalizeArabic(String.fromCharCode(unit))
  if (normalized === '') return REMOVED
  return normalized.length === 1 ? normalized.charCodeAt(0) + 1 : WHOLE_WORD
}
