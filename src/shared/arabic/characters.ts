/**
 * Character classes for Arabic text, shared by cleaning, actor matching,
 * search and the site. Each is a RegExp source fragment or a global RegExp.
 */

/** Arabic tatweel (kashida), U+0640: stretches a word, carries no meaning. */
export const TATWEEL = '\u0640'

/**
 * Invisible format characters that scrapers leave behind: zero-width
 * space/joiners, word joiner, BOM, soft hyphen, and the bidi controls
 * (marks, embeddings, overrides, isolates, Arabic letter mark).
 *
 * Reasoning: none is visible in the rendered text, all of them break
 * matching, and bidi overrides can make text display in a misleading order.
 */
export const INVISIBLE_FORMAT_CHARACTERS =
  /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g

/**
 * Arabic diacritics (tashkeel): fathatan to sukun, superscript alef, and
 * the Quranic annotation marks, which news text sometimes carries.
 */
export const DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g

/** Any Arabic letter (base letters of the Arabic block, without marks). */
export const ARABIC_LETTER = /[\u0621-\u063A\u0641-\u064A\u0671-\u06D3\u06FA-\u06FF]/

/**
 * Text ending a sentence or clause in Arabic or Latin punctuation, possibly
 * inside closing quotes or brackets (`… الأبيض."`). Used to tell a
 * paragraph from a heading-like line.
 */
export const CLOSING_PUNCTUATION = /[.!?؟:;؛،,…]["'»”’)\]]*$/
