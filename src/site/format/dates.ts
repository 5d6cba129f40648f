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
const gregorianWeekday = new Intl.DateTimeFormat(GREGORIAN, {weekday: 'long', timeZone: 'UTC'})
const gregorianMonth = new Intl.DateTimeFormat(GREGORIAN, {month: 'long', year: 'numeric', timeZone: 'UTC'})
const gregorianMonthName = new Intl.DateTimeFormat(GREGORIAN, {month: 'long', timeZone: 'UTC'})
const hijriDay = new Intl.DateTimeFormat(HIJRI, {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'})

/**
 * A formatting function that remembers its results: an archive has a few
 * thousand days and formats each on many pages.
 */
function remembered(format: (key: string) => string): (key: string) => string {
  const results = new Map<string, string>()
  return (key) => {
    let result = results.get(key)
    if (result === undefined) results.set(key, (result = format(key)))
    return result
  }
}

/**
 * The calendar day `YYYY-MM-DD` (the first ten characters of an ISO date,
 * that is the source's local day) as a UTC instant, so formatting in UTC
 * gives back the same day whatever the offset was.
 */
function dayToDate(day: string): Date {
  return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))))
}

/** `2018-02-19` → `19 فبراير 2018` */
export const dayToGregorian = remembered((day) => gregorianDay.format(dayToDate(day)))

/** `2018-02-19` → `الاثنين` */
export const dayToWeekday = remembered((day) => gregorianWeekday.format(dayToDate(day)))

/** `2018-02-19` → `3 جمادى الآخرة 1439 هـ` (Umm al-Qura calendar). */
export const dayToHijri = remembered((day) => hijriDay.format(dayToDate(day)))

/** `2018-02` → `فبراير 2018` */
export const monthToArabic = remembered((month) => gregorianMonth.format(dayToDate(`${month}-01`)))

/** `2018-02` → `فبراير` */
export const monthToName = remembered((month) => gregorianMonthName.format(dayToDate(`${month}-01`)))
