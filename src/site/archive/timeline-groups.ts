import type {ArchiveArticle} from './archive-article.ts'

export interface TimelineYear {
  year: string
  months: {month: string; articles: ArchiveArticle[]}[]
}

export interface Timeline {
  /** Newest year first, newest month first. */
  years: TimelineYear[]
  undated: ArchiveArticle[]
}

/** Articles (newest first) grouped by year and month; undated ones apart. */
export function groupTimeline(articles: readonly ArchiveArticle[]): Timeline {
  const years: TimelineYear[] = []
  const undated: ArchiveArticle[] = []
  const byMonth = new Map<string, ArchiveArticle[]>()
  for (const article of articles) {
    if (!article.month) {
      undated.push(article)
      continue
    }
    const list = byMonth.get(article.month)
    if (list) list.push(article)
    else byMonth.set(article.month, [article])
  }
  for (const month of [...byMonth.keys()].sort().reverse()) {
    const year = month.slice(0, 4)
    let entry = years.at(-1)
    if (entry?.year !== year) {
      entry = {year, months: []}
      years.push(entry)
    }
    entry.months.push({month, articles: byMonth.get(month)!})
  }
  return {years, undated}
}
