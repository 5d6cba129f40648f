const plural = new Intl.PluralRules('ar')
const numbers = new Intl.NumberFormat('ar-u-nu-latn')

/** A number with Western Arabic digits and Arabic grouping: `12,235` → `12,235`. */
export function formatNumber(value: number): string {
  return numbers.format(value)
}

/** The forms of a counted Arabic noun, by plural category. */
export interface CountedNoun {
  /** `مقال واحد` */
  one: string
  /** `مقالان` */
  two: string
  /** 3–10: `مقالات` */
  few: string
  /** 11–99: `مقالًا` */
  many: string
  /** 100, 101, 102 …: `مقال` */
  other: string
  /** `لا مقالات` */
  zero: string
}

/**
 * `count` with the noun in the form Arabic grammar asks for:
 * 1 مقال واحد، 2 مقالان، 3 مقالات، 11 مقالًا، 100 مقال.
 */
export function countNoun(count: number, noun: CountedNoun): string {
  const category = plural.select(count)
  if (category === 'zero') return noun.zero
  if (category === 'one') return noun.one
  if (category === 'two') return noun.two
  return `${formatNumber(count)} ${noun[category as 'few' | 'many' | 'other']}`
}

export const ARTICLES: CountedNoun = {
  zero: 'لا مقالات',
  one: 'مقال واحد',
  two: 'مقالان',
  few: 'مقالات',
  many: 'مقالًا',
  other: 'مقال'
}

export const MENTIONS: CountedNoun = {
  zero: 'لا إشارات',
  one: 'إشارة واحدة',
  two: 'إشارتان',
  few: 'إشارات',
  many: 'إشارة',
  other: 'إشارة'
}

export const ACTORS: CountedNoun = {
  zero: 'لا فاعلين',
  one: 'فاعل واحد',
  two: 'فاعلان',
  few: 'فاعلين',
  many: 'فاعلا',
  other: 'فاعل'
}

export const OUTLETS: CountedNoun = {
  zero: 'لا مصادر',
  one: 'مصدر واحد',
  two: 'مصدران',
  few: 'مصادر',
  many: 'مصدرا',
  other: 'مصدر'
}

export const STORIES: CountedNoun = {
  zero: 'لا قصص',
  one: 'قصة واحدة',
  two: 'قصتان',
  few: 'قصص',
  many: 'قصة',
  other: 'قصة'
}

/**
 * "In N other outlets", with the noun and adjective Arabic grammar asks
 * for after في: في مصدر آخر، في مصدرين آخرين، في 3 مصادر أخرى، في 11 مصدرا آخر.
 */
export function inOtherOutlets(count: number): string {
  const category = plural.select(count)
  if (category === 'one') return 'في مصدر آخر'
  if (category === 'two') return 'في مصدرين آخرين'
  if (category === 'few') return `في ${formatNumber(count)} مصادر أخرى`
  if (category === 'many') return `في ${formatNumber(count)} مصدرا آخر`
  return `في ${formatNumber(count)} مصدر آخر`
}
