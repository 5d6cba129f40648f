import {inOtherOutlets} from './counts.ts'
import {dayToGregorian} from './dates.ts'

/** An article as a coverage line names it. */
export interface CoverageArticle {
  outlet?: string
  /** ISO 8601 date (its first ten characters are the day). */
  date?: string
}

/** How a link to another article of the story reads: its outlet, and its day when the outlet was named already. */
export interface CoverageLabel {
  /** Shown isolated (`<bdi>`): a Latin outlet name must not reorder the Arabic around it. */
  outlet: string
  day?: string
}

/**
 * How an entry (a timeline step, a search result) names the rest of its
 * story: `وفي مصدرين آخرين:` (or `ومن القصة نفسها:` when one outlet told
 * it all), then a label per article.
 */
export function otherCoverage(shown: CoverageArticle, others: readonly CoverageArticle[]): {intro: string; labels: CoverageLabel[]} {
  const outlets = new Set(others.flatMap((other) => (other.outlet && other.outlet !== shown.outlet ? [other.outlet] : [])))
  const named = new Set<string | undefined>([shown.outlet])
  const labels = others.map((other) => {
    const label: CoverageLabel = {outlet: other.outlet ?? 'مصدر غير معروف'}
    if (named.has(other.outlet)) label.day = other.date ? dayToGregorian(other.date.slice(0, 10)) : 'غير مؤرخ'
    named.add(other.outlet)
    return label
  })
  return {intro: outlets.size > 0 ? `و${inOtherOutlets(outlets.size)}:` : 'ومن القصة نفسها:', labels}
}
