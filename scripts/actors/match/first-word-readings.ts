import {procliticAnalyses} from '../../../src/shared/arabic/proclitics.ts'

/** One way to read a word as proclitics + the first word of a name. */
export interface Reading {
  /** The proclitics, normalized (`و`, `ب`, `لل` for ل + article). */
  prefix: string
  /** The word without them, normalized, article kept (`الجيش`). */
  stem: string
}

/** Proclitics after which an ambiguous alias may still count: the conjunctions only. */
const CONJUNCTIONS = new Set(['', 'و', 'ف'])

/** Proclitics a short stem (`SHORT_STEM` letters or fewer) may carry. */
const SHORT_STEM_PROCLITICS = new Set(['و', 'ب', 'ل', 'وب', 'ول'])
const SHORT_STEM = 3

/**
 * The readings of a normalized word under which it can start a name: the
 * whole word first, then with proclitics stripped (`procliticAnalyses`).
 *
 * Left out, because they make names of common words:
 * - readings that drop the definite article: names that have an article
 *   are listed with it (`الأردن`), and names without one never take it, so
 *   `الحماس` (enthusiasm) is not ال + `حماس`;
 * - `ك` before a stem without the article: `كسرت` (I broke) is not
 *   ك + `سرت` (Sirte), nor `كاسبر` ك + `إسبر`;
 * - `ف` or `ك` before a stem of three letters or fewer: `فسرت` (it
 *   explained) is not ف + `سرت`.
 */
export function firstWordReadings(word: string): Reading[] {
  return procliticAnalyses(word).filter(({prefix, stem}) => {
    if (prefix === '') return true
    if (prefix.endsWith('ال')) return false
    // `لل` is ل + article: only a stem that is given back its article (`للجيش` → `الجيش`).
    if (prefix.endsWith('لل')) return stem.startsWith('ال')
    if (prefix.includes('ك') && !stem.startsWith('ال')) return false
    return stem.length > SHORT_STEM || SHORT_STEM_PROCLITICS.has(prefix)
  })
}

/** Whether a name matched under `prefix` may count when it is an ambiguous alias: bare or after و/ف. */
export function allowsAmbiguous(prefix: string): boolean {
  return CONJUNCTIONS.has(prefix)
}
