import {DIACRITICS, INVISIBLE_FORMAT_CHARACTERS, TATWEEL} from './characters.ts'

/**
 * Letter variants folded to one form. The first six are what Lucene's
 * ArabicNormalizationFilter folds; the rest are spellings Arabic writers
 * use interchangeably that Lucene leaves apart.
 */
const FOLDS: Record<string, string> = {
  'آ': 'ا', // alef with madda
  'أ': 'ا', // alef with hamza above
  'إ': 'ا', // alef with hamza below
  'ى': 'ي', // alef maqsura
  'ة': 'ه', // ta marbuta
  'ٱ': 'ا', // alef wasla
  'ؤ': 'ء', // hamza on waw: مسؤول and مسئول are one word
  'ئ': 'ء', // hamza on yeh
  'ی': 'ي', // Farsi yeh
  'ک': 'ك', // keheh
  'ۀ': 'ه', // heh with yeh above
  'ھ': 'ه' // heh doachashmee, a common stand-in for heh
}

const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/
const DROPPED = new RegExp(`${TATWEEL}|${INVISIBLE_FORMAT_CHARACTERS.source}|${DIACRITICS.source}`)
const DROP = -1
const UNKNOWN = -2

/**
 * What each code unit becomes in each form: `DROP`, or the code unit it is
 * written as; filled as units are first seen, so that loading this module
 * (on the site too) costs nothing.
 */
const WRITTEN = new Int32Array(0x10000).fill(UNKNOWN)
const FOLDED = new Int32Array(0x10000).fill(UNKNOWN)
/** 1 for code units `toLowerCase` may change beyond ASCII (surrogates included): text holding one is lowercased whole. */
const MAY_HAVE_CASE = new Uint8Array(0x10000)

function learn(unit: number): void {
  const character = String.fromCharCode(unit)
  let written = unit
  if (EASTERN_DIGIT.test(character)) written = 0x30 + ((unit - 0x0660) % 0x90)
  else if (unit >= 0x41 && unit <= 0x5a) written = unit + 0x20
  else if (DROPPED.test(character)) written = DROP
  else if (unit >= 0x80 && ((unit >= 0xd800 && unit <= 0xdfff) || character.toLowerCase() !== character.toUpperCase())) MAY_HAVE_CASE[unit] = 1
  WRITTEN[unit] = written
  FOLDED[unit] = written === DROP ? DROP : (FOLDS[String.fromCharCode(written)]?.charCodeAt(0) ?? written)
}

/**
 * The matching form of Arabic text: what two spellings of one word share.
 *
 * Removes diacritics, kashida and invisible characters; folds alef forms to
 * bare alef, alef maqsura to yeh, ta marbuta to heh, hamza seats to a bare
 * hamza; Arabic-Indic digits to ASCII; lowercases Latin letters. Agrees
 * with Lucene's Arabic normalizer wherever that defines a result.
 *
 * Use it to compare and look up words (actors, search), never for display.
 */
export function normalizeArabic(text: string): string {
  return mapUnits(text, FOLDED)
}

/**
 * The letters of Arabic text as written: `normalizeArabic` without the
 * letter folds (diacritics, kashida and invisible characters removed,
 * digits ASCII, Latin lowercase). Letter `i` of it is letter `i` of
 * `normalizeArabic(text)` (each fold is one letter for one), so the
 * search index can tell which spelling a folded letter had.
 */
export function writtenLetters(text: string): string {
  return mapUnits(text, WRITTEN)
}

/**
 * `text` in NFC, each code unit mapped through `table`, in one pass: the
 * tagger and the matchers normalize every word, so a pass per rule (a
 * regular expression each) cost more than the rest of the word's work.
 */
function mapUnits(text: string, table: Int32Array): string {
  const source = text.normalize('NFC')
  let result = ''
  /** Where the run of code units that map to themselves began. */
  let run = 0
  let hasCase = false
  for (let index = 0; index < source.length; index++) {
    const unit = source.charCodeAt(index)
    if (table[unit] === UNKNOWN) learn(unit)
    if (MAY_HAVE_CASE[unit]) hasCase = true
    const mapped = table[unit]
    if (mapped === unit) continue
    result += source.slice(run, index)
    if (mapped !== DROP) result += String.fromCharCode(mapped)
    run = index + 1
  }
  result = run === 0 ? source : result + source.slice(run)
  // Folds touch only Arabic letters, which have no case: lowercasing last is the same as first.
  return hasCase ? result.toLowerCase() : result
}
