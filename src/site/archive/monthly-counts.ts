import type {ArchiveArticle} from './archive-article.ts'

export interface MonthCount {
  /** `YYYY-MM` */
  month: string
  count: number
}

/**
 * Articles per month, every month from the first to the last one with an
 * article (empty months count 0, so a chart's gaps are true gaps),
 * oldest first. Undated articles are left out.
 */
export function monthlyCounts(articles: readonly ArchiveArticle[]): MonthCount[] {
  const counts = new Map<string, number>()
  for (const article of articles) {
    if (article.month) counts.set(article.month, (counts.get(article.month) ?? 0) + 1)
  }
  if (counts.size === 0) return []
  const keys = [...counts.keys()].sort()
  const result: MonthCount[] = []
  let [year, month] = keys[0].split('-').map(Number)
  const last = keys.at(-1)!
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`
    result.push({month: key, count: counts.get(key) ?? 0})
    if (key >= last) break
    month = month === 12 ? 1 : month + 1
    if (month === 1) year++
  }
  return result
}
