/**
 * Arabic wording of the search page's counts and dates, with the site's
 * counted nouns (`countNoun`). Locales name their calendar and digits
 * (`-u-ca-`, `-u-nu-`), so every browser shows the same: Gregorian dates,
 * Latin digits, as the rest of the site.
 */
import {ARTICLES, countNoun, type CountedNoun} from '../../site/format/counts.ts'
import {dayToGregorian} from '../../site/format/dates.ts'

const RESULTS: CountedNoun = {zero: 'لا نتائج', one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة'}

/** `لا نتائج`, `نتيجة واحدة`, `نتيجتان`, `3 نتائج`, `11 نتيجة` (Latin digits, as the rest of the site). */
export function resultCount(n: number): string {
  return countNoun(n, RESULTS)
}

/** `مقال واحد`, `مقالان`, `5 مقالات`, `12 مقالًا`, `100 مقال`. */
export function articleCount(n: number): string {
  return countNoun(n, ARTICLES)
}

/**
 * `7 أبريل 2018`: the source's own calendar day, as the article page shows
 * it (not the UTC day, which differs near midnight); the text as it is if
 * it is not a date.
 */
export function formatDate(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.test(iso) ? dayToGregorian(iso.slice(0, 10)) : iso
}
