/**
 * Arabic wording of the search page's numbers and dates. Locales name
 * their calendar and digits (`-u-ca-`, `-u-nu-`), so every browser shows
 * the same: Gregorian dates, Latin digits, as the rest of the site.
 */
const plural = new Intl.PluralRules('ar')
const numbers = new Intl.NumberFormat('ar-u-nu-latn')
const dates = new Intl.DateTimeFormat('ar-u-ca-gregory-nu-latn', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})

/** Singular, dual and plural forms of a counted noun, by Arabic plural category. */
interface Noun {
  /** One: `نتيجة واحدة`. */
  one: string
  /** Two: `نتيجتان`. */
  two: string
  /** 3–10, after the number: `نتائج`. */
  few: string
  /** 11–99, after the number: `نتيجة`. */
  many: string
  /** 100, 1000…, after the number: `نتيجة`. */
  other: string
}

const RESULTS: Noun = {one: 'نتيجة واحدة', two: 'نتيجتان', few: 'نتائج', many: 'نتيجة', other: 'نتيجة'}
const ARTICLES: Noun = {one: 'مقال واحد', two: 'مقالان', few: 'مقالات', many: 'مقالًا', other: 'مقال'}

function count(n: number, noun: Noun): string {
  const category = plural.select(n)
  if (category === 'one') return noun.one
  if (category === 'two') return noun.two
  const word = category === 'few' ? noun.few : category === 'many' ? noun.many : noun.other
  return `${numbers.format(n)} ${word}`
}

/** `لا نتائج`, `نتيجة واحدة`, `نتيجتان`, `٣ نتائج` (in Latin digits), `١١ نتيجة`. */
export function resultCount(n: number): string {
  return n === 0 ? 'لا نتائج' : count(n, RESULTS)
}

/** `مقال واحد`, `مقالان`, `5 مقالات`, `12 مقالًا`, `100 مقال`. */
export function articleCount(n: number): string {
  return count(n, ARTICLES)
}

/** A number in the page's digits. */
export function formatNumber(n: number): string {
  return numbers.format(n)
}

/** `7 أبريل 2018`, or the text as it is if it is not a date. */
export function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dates.format(date)
}
