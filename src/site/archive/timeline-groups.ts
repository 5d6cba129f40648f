import {ACTOR_PAGE_SIZE} from '../page-sizes.ts'
import {paginate, type PageSlice} from '../pagination.ts'
import type {ArchiveArticle} from './archive-article.ts'
import type {Archive} from './build-archive.ts'
import type {StoryIndex} from './story-index.ts'

/** One entry of an actor's timeline: an article, and the rest of its story on the timeline. */
export interface TimelineItem {
  /** The story's first article on this timeline (the article itself when it is in no story). */
  article: ArchiveArticle
  /** The story's other articles on this timeline, oldest first. */
  others: ArchiveArticle[]
}

/**
 * An actor's articles (newest first) as timeline entries: the articles of
 * one story become one entry, at the story's first article, so an event
 * five outlets reported is one step of the timeline, not five.
 */
export function timelineItems(articles: readonly ArchiveArticle[], storyOf: StoryIndex['storyOf']): TimelineItem[] {
  const byStory = new Map<string, ArchiveArticle[]>()
  for (const article of articles) {
    const story = storyOf(article)
    if (!story) continue
    const members = byStory.get(story.id)
    if (members) members.push(article)
    else byStory.set(story.id, [article])
  }
  const items: TimelineItem[] = []
  for (const article of articles) {
    const members = byStory.get(storyOf(article)?.id ?? '')
    if (!members) items.push({article, others: []})
    // Newest first: the story's last member here is its first article.
    else if (members.at(-1) === article) items.push({article, others: members.slice(0, -1).reverse()})
  }
  return items
}

/** The pages of an actor's timeline (`ACTOR_PAGE_SIZE` entries a page). */
export function actorTimelinePages(archive: Archive & Pick<StoryIndex, 'storyOf'>, id: string): PageSlice<TimelineItem>[] {
  return paginate(timelineItems(archive.actorArticles(id), archive.storyOf), ACTOR_PAGE_SIZE)
}

export interface TimelineYear {
  year: string
  months: {month: string; items: TimelineItem[]}[]
}

export interface Timeline {
  /** Newest year first, newest month first. */
  years: TimelineYear[]
  undated: TimelineItem[]
}

/** Timeline entries (newest first) grouped by year and month; undated ones apart. */
export function groupTimeline(items: readonly TimelineItem[]): Timeline {
  const years: TimelineYear[] = []
  const undated: TimelineItem[] = []
  const byMonth = new Map<string, TimelineItem[]>()
  for (const item of items) {
    const {month} = item.article
    if (!month) {
      undated.push(item)
      continue
    }
    const list = byMonth.get(month)
    if (list) list.push(item)
    else byMonth.set(month, [item])
  }
  for (const month of [...byMonth.keys()].sort().reverse()) {
    const year = month.slice(0, 4)
    let entry = years.at(-1)
    if (entry?.year !== year) {
      entry = {year, months: []}
      years.push(entry)
    }
    entry.months.push({month, items: byMonth.get(month)!})
  }
  return {years, undated}
}
