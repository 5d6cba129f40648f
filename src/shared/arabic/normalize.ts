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

const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g')
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g

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
  return foldLetters(writtenLetters(text))
}

/**
 * The letters of Arabic text as written: `normalizeArabic` without the
 * letter folds (diacritics, kashida and invisible characters removed,
 * digits ASCII, Latin lowercase). Letter `i` of it is letter `i` of
 * `normalizeArabic(text)` (each fold is one letter for one), so the
 * search index can tell which spelling a folded letter had.
 */
export function writtenLetters(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE_FORMAT_CHARACTERS, '')
    .replaceAll(TATWEEL, '')
    .replace(DIACRITICS, '')
    .replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
    .toLowerCase()
}

/** `text` with the letter variants of `FOLDS` folded. */
function foldLetters(text: string): string {
  return text.replace(FOLDABLE, (letter) => FOLDS[letter])
}
