import {ACTOR_TYPE_ORDER} from '../format/actor-types.ts'
import {MONTH_PAGE_SIZE, OUTLET_PAGE_SIZE} from '../page-sizes.ts'
import {paginate} from '../pagination.ts'
import type {SitePaths} from '../paths.ts'
import {actorTypePages} from './actor-index.ts'
import type {Archive} from './build-archive.ts'
import type {StoryIndex} from './story-index.ts'
import {actorTimelinePages} from './timeline-groups.ts'

/** A page of the site, for the sitemap. */
export interface SitePage {
  /** Path under the base, as `SitePaths` makes it. */
  path: string
  /** `YYYY-MM-DD` of the newest article the page shows. */
  lastmod?: string
}

/**
 * Every HTML page the site builds (redirect pages and the 404 aside), in
 * a stable order: the sitemap lists these, and the link check proves each
 * one exists.
 */
export function sitePages(archive: Archive & StoryIndex, paths: SitePaths): SitePage[] {
  const newest = archive.articles[0]?.day
  const pages: SitePage[] = [
    {path: paths.home(), lastmod: newest},
    {path: paths.actors(), lastmod: newest},
    ...ACTOR_TYPE_ORDER.flatMap((type) => actorTypePages(archive.actors, type).map((slice) => ({path: paths.actorsOfType(type, slice.page), lastmod: newest}))),
    {path: paths.stories(), lastmod: newest},
    {path: paths.archive(), lastmod: newest},
    {path: paths.outlets(), lastmod: newest}
  ]
  for (const article of archive.articles) pages.push({path: paths.article(article.id), lastmod: article.day})
  for (const actor of archive.actors) {
    for (const slice of actorTimelinePages(archive, actor.id)) {
      pages.push({path: paths.actor(actor.id, slice.page), lastmod: slice.items[0]?.article.day})
    }
  }
  for (const story of archive.stories) pages.push({path: paths.story(story.id), lastmod: story.last})
  for (const month of archive.months) {
    for (const slice of paginate(month.articles, MONTH_PAGE_SIZE)) {
      pages.push({path: paths.month(month.key, slice.page), lastmod: slice.items[0]?.day})
    }
    if (archive.monthStories(month.key).length > 0) pages.push({path: paths.monthStories(month.key), lastmod: month.articles[0]?.day})
  }
  for (const outlet of archive.outlets) {
    for (const slice of paginate(outlet.articles, OUTLET_PAGE_SIZE)) {
      pages.push({path: paths.outlet(outlet.slug, slice.page), lastmod: slice.items[0]?.day})
    }
  }
  return pages
}
