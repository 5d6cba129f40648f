import {z} from 'astro/zod'

/**
 * ISO 8601 calendar date, optionally with a time and an offset:
 * `2019-04-07`, `2019-04-07T10:30`, `2013-12-27T05:36:26+04:00`, `…Z`.
 * Groups: year, month, day, hour, minute, second.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:\d{2}):?(?:\d{2}))?)?$/

/** Whether `value` is an ISO 8601 date that exists on the calendar. */
export function isIsoDate(value: string): boolean {
  const match = ISO_8601.exec(value)
  if (!match) return false
  const [year, month, day, hour = 0, minute = 0, second = 0] = match.slice(1).map((part) =>
    part === undefined ? undefined : Number(part)
  ) as number[]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour < 24 && minute < 60 && second < 60
}

/**
 * A publication date as the source gave it, kept as a string so the
 * source's own offset (and so its local calendar day) survives.
 */
export const IsoDateSchema = z.string().refine(isIsoDate, {
  message: 'Expected an ISO 8601 date such as `2019-04-07` or `2019-04-07T10:30:00+02:00`'
})
