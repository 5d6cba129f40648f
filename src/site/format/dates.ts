/**
 * Dates in Arabic, in both calendars the archive shows. Locales name the
 * calendar and the digits explicitly (`-u-ca-…-nu-latn`), so the output
 * does not depend on the build machine's ICU defaults. Digits are Western
 * Arabic (0–9), as the archived outlets print them.
 */
const GREGORIAN = 'ar-u-ca-gregory-nu-latn'
const HIJRI = 'ar-u-ca-islamic-umalqura-nu-latn'

// Formatters are costly to create and the site formats thousands of dates: make each once.
const gregorianDay = new Intl.DateTimeFormat(GREGORIAN, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})
const gregorianShort = new Intl.DateTimeFormat(GREGORIAN, {day: 'numeric', month: 'short', timeZone: 'UTC'})
const gregorianWeekday = new Intl.DateTimeFormat(GREGORIAN, {weekday: 'long', timeZone: 'UTC'})
const gregorianMonth = new Intl.DateTimeFormat(GREGORIAN, {month: 'long', year: 'numeric', timeZone: 'UTC'})
const gregorianMonthName = new Intl.DateTimeFormat(GREGORIAN, {month: 'long', timeZone: 'UTC'})
const hijriDay = new Intl.DateTimeFormat(HIJRI, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})

/**
 * The calendar day `YYYY-MM-DD` (the first ten characters of an ISO date,
 * that is the source's local day) as a UTC instant, so formatting in UTC
 * gives back the same day whatever the offset was.
 */
function dayToDate(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))))
}

/** `2018-02-19` → `19 فبراير 2018` */
export function dayToGregorian(day: string): string {
  return gregorianDay.format(dayToDate(day))
}

/** `2018-02-19` → `19 فبراير` (for lists within one year). */
export function dayToShortGregorian(day: string): string {
  return gregorianShort.format(dayToDate(day))
}

/** `2018-02-19` → `الاثنين` */
export function dayToWeekday(day: string): string {
  return gregorianWeekday.format(dayToDate(day))
}

/** `2018-02-19` → `3 جمادى الآخرة 1439 هـ` (Umm al-Qura calendar). */
export function dayToHijri(day: string): string {
  return hijriDay.format(dayToDate(day))
}

/** `2018-02` → `فبراير 2018` */
export function monthToArabic(month: string): string {
  return gregorianMonth.format(dayToDate(`${month}-01`))
}

/** `2018-02` → `فبراير` */
export function monthToName(month: string): string {
  return gregorianMonthName.format(dayToDate(`${month}-01`))
}
