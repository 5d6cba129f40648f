import {describe, expect, test} from 'vitest'
import {articlePage, articlePageKey} from '../../../src/site/archive/article-page.ts'
import {buildArchive} from '../../../src/site/archive/build-archive.ts'
import type {SiteArchive} from '../../../src/site/archive/load-archive.ts'
import {buildStoryIndex} from '../../../src/site/archive/story-index.ts'
import {mention, record} from '../../helpers/site-archive.ts'

/** Two outlets' reports of one event, and a later article naming the same actor. */
function siteArchive(): SiteArchive {
  const articles = [
    record('sky', {date: '2018-08-05T18:00:00Z', outlet: 'Sky', actors: [mention('lombok', 'place')]}),
    record('bbc', {date: '2018-08-05T20:00:00Z', outlet: 'BBC', actors: [mention('lombok', 'place')]}),
    record('later', {date: '2018-08-20T09:00:00Z', outlet: 'F24', actors: [mention('lombok', 'place')]})
  ]
  const archive = buildArchive(articles)
  return {...archive, ...buildStoryIndex([{id: 'quake', articles: ['sky', 'bbc'], copies: []}], archive.article), html: (id) => `<p>${id}</p>`}
}

describe('an article page’s cache key', () => {
  const archive = siteArchive()
  const page = articlePage(archive, 'sky')
  const key = articlePageKey(archive, page)

  test('is the same for the same data', () => {
    expect(articlePageKey(siteArchive(), articlePage(siteArchive(), 'sky'))).toBe(key)
  })

  test('leaves out what the page does not show of its actors (their counts), not what it shows (their names)', () => {
    const lombok = page.entries.lombok!
    const recounted = {...page, entries: {lombok: {...lombok, articleCount: 99, mentionCount: 99}}}
    expect(articlePageKey(archive, recounted)).toBe(key)
    const renamed = {...page, entries: {lombok: {...lombok, name: 'لومبوك'}}}
    expect(articlePageKey(archive, renamed)).not.toBe(key)
  })

  test('changes with any article the page lists, and with its body', () => {
    const [other] = page.story!.articles.filter((article) => article.id !== 'sky')
    const retitled = {...page, story: {...page.story!, articles: [page.article, {...other, title: 'عنوان آخر'}]}}
    expect(articlePageKey(archive, retitled)).not.toBe(key)
    expect(articlePageKey({...archive, html: () => '<p>نص آخر</p>'}, page)).not.toBe(key)
  })
})
