import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, inject, test} from 'vitest'

const dist = inject('dist')
const site = 'https://arshif.example.org'
const file = (name: string) => readFile(path.join(dist, name), 'utf8')
const page = (route: string) => file(path.join(route, 'index.html'))
/** Text as a reader copies it: tags dropped, spaces squashed. */
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim()
const sectionOf = (html: string, id: string) => new RegExp(`<section[^>]*aria-labelledby="${id}"[^>]*>(.*?)</section>`, 's').exec(html)![1]

// The test site holds one event three outlets reported: fx-tripoli-offensive (الجزيرة نت),
// fx-truce-call-bbc (BBC Arabic) and fx-truce-call-wire (فرانس 24, BBC's text republished).
const STORY = 'fx-tripoli-offensive'

describe('stories on the site', () => {
  test('an article page lists the story in the other outlets, marks a copy, and links the whole story', async () => {
    const coverage = sectionOf(await page('articles/fx-tripoli-offensive'), 'coverage')
    expect(text(coverage)).toContain('التغطية في مصادر أخرى')
    expect(coverage).toContain('href="/articles/fx-truce-call-bbc/"')
    expect(coverage).toContain('href="/articles/fx-truce-call-wire/"')
    expect(coverage).not.toContain('نص شبه مطابق')
    expect(coverage).toContain(`href="/stories/${STORY}/"`)
    expect(text(coverage)).toContain('القصة كاملة: 3 مقالات من 3 مصادر')
    const copy = sectionOf(await page('articles/fx-truce-call-wire'), 'coverage')
    expect(text(copy)).toMatch(/BBC Arabic .*نص شبه مطابق لهذا المقال/)
    // An article in no story has no such section.
    expect(await page('articles/fx-pompeo-statement')).not.toContain('aria-labelledby="coverage"')
  })

  test('the story page: every article in date order, the outlets side by side with the actors each named, who quoted whom', async () => {
    const html = await page(`stories/${STORY}`)
    expect(html).toMatch(/<h1[^>]*>حفتر يواصل هجومه على طرابلس والأمم المتحدة تدعو إلى هدنة<\/h1>/)
    const order = sectionOf(html, 'coverage-order')
    expect([...order.matchAll(/href="\/articles\/([^/]+)\/"/g)].map((match) => match[1])).toEqual([
      'fx-tripoli-offensive',
      'fx-truce-call-bbc',
      'fx-truce-call-wire'
    ])
    expect(text(order)).toContain('نص شبه مطابق لمقال BBC Arabic أعلاه')
    const columns = [...html.matchAll(/<section class="outlet-column"[^>]*aria-label="([^"]+)"/g)].map((match) => match[1])
    expect(columns).toEqual(['الجزيرة نت', 'BBC Arabic', 'فرانس 24'])
    expect(sectionOf(html, 'by-outlet')).toContain('href="/actors/khalifa-haftar/"')
    const quoted = sectionOf(html, 'quoted')
    const cells = (row: string) => [...row.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map((match) => text(match[1])).join(' | ')
    const rows = [...quoted.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((match) => cells(match[1]))
    expect(rows[0]).toBe('المتحدث | الجزيرة نت | BBC Arabic | فرانس 24')
    expect(rows[1]).toBe('غسان سلامة | قال: لا حل عسكريا للأزمة الليبية | قال: إن المنظمة الدولية لن تغادر ليبيا وستبقى إلى جانب الليبيين | — لم ينقل عنه')
  })

  test('an actor’s timeline shows the story once, at its first article, naming the other outlets', async () => {
    const html = await page('actors/khalifa-haftar')
    expect(html).not.toMatch(/<h4 class="entry-title"[^>]*><a href="\/articles\/fx-truce-call-bbc\/"/)
    const entry = new RegExp(`<article class="entry"[^>]*>(?:(?!</article>).)*href="/articles/${STORY}/"(?:(?!</article>).)*</article>`, 's').exec(html)![0]
    expect(text(entry)).toContain('وفي مصدرين آخرين: BBC Arabic، فرانس 24')
    expect(entry).toContain('href="/articles/fx-truce-call-wire/"')
  })

  test('the stories index, the month’s stories, the header link', async () => {
    const index = await page('stories')
    expect(index).toContain(`href="/stories/${STORY}/"`)
    expect(index).toContain('href="/archive/2019/04/stories/"')
    expect(text(index)).toContain('3 مقالات من 3 مصادر')
    expect(await page('archive/2019/04/stories')).toContain(`href="/stories/${STORY}/"`)
    expect(await page('archive/2019/04')).toContain('href="/archive/2019/04/stories/"')
    expect(await page('')).toMatch(/<a href="\/stories\/"[^>]*>القصص<\/a>/)
  })

  test('/stories.json and /stories/<id>.json; actor timelines name the story', async () => {
    const {stories} = JSON.parse(await file('stories.json'))
    expect(stories).toEqual([
      {
        id: STORY,
        title: 'حفتر يواصل هجومه على طرابلس والأمم المتحدة تدعو إلى هدنة',
        first: '2019-04-07',
        last: '2019-04-07',
        articleCount: 3,
        outlets: ['الجزيرة نت', 'BBC Arabic', 'فرانس 24'],
        url: `${site}/stories/${STORY}/`,
        json: `${site}/stories/${STORY}.json`
      }
    ])
    const story = JSON.parse(await file(`stories/${STORY}.json`))
    expect(story.articles.map((article: {id: string; copyOf?: string}) => [article.id, article.copyOf])).toEqual([
      ['fx-tripoli-offensive', undefined],
      ['fx-truce-call-bbc', undefined],
      ['fx-truce-call-wire', 'fx-truce-call-bbc']
    ])
    expect(story.byOutlet[1]).toMatchObject({outlet: 'BBC Arabic', articles: ['fx-truce-call-bbc']})
    expect(story.quoted[0]).toMatchObject({actor: {id: 'ghassan-salame'}})
    expect(story.quoted[0].quotes.map((quote: {outlet: string}) => quote.outlet)).toEqual(['الجزيرة نت', 'BBC Arabic'])
    const haftar = JSON.parse(await file('actors/khalifa-haftar.json'))
    expect(haftar.timeline.find((entry: {id: string}) => entry.id === 'fx-truce-call-bbc').story).toBe(STORY)
  })
})
