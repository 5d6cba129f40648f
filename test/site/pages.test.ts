import {readFile, readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, inject, test} from 'vitest'
import {checkLinks, formatBrokenLink} from '../../scripts/site/links/check-links.ts'
import {extractLinks} from '../../scripts/site/links/extract-links.ts'

const dist = inject('dist')
const distUnderBase = inject('distUnderBase')
const basePath = inject('basePath')
const site = 'https://arshif.example.org'
const file = (name: string, root = dist) => readFile(path.join(root, name), 'utf8')
const page = (route: string, root = dist) => file(path.join(route, 'index.html'), root)
/** The text of the first `<tag class="className">`, as a reader copies it: tags dropped, spaces squashed. */
const textOf = (html: string, tag: string, className: string) =>
  new RegExp(`<${tag} class="${className}"[^>]*>(.*?)</${tag}>`, 's')
    .exec(html)![1]
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
const jsonLdOf = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]) as Record<string, any>

/** One page of each kind the site builds. */
const PAGE_TYPES = [
  '',
  'articles/fx-tripoli-offensive',
  'actors',
  'actors/people',
  'actors/khalifa-haftar',
  'actors/ghassan-salame/2',
  'archive',
  'archive/2019/04',
  'outlets',
  'outlets/bbc-arabic'
]

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
}

describe('every page', () => {
  test('is Arabic and right to left', async () => {
    const files = await htmlFiles(dist)
    expect(files.length).toBeGreaterThan(80)
    for (const name of files) expect(await file(name), name).toMatch(/^<!DOCTYPE html><html lang="ar" dir="rtl">/)
  })

  test('has a canonical address, OpenGraph tags and the site feed', async () => {
    for (const route of PAGE_TYPES) {
      const html = await page(route)
      const address = `${site}/${route === '' ? '' : `${route}/`}`
      expect(html, route).toContain(`<link rel="canonical" href="${address}">`)
      expect(html, route).toContain(`<meta property="og:url" content="${address}">`)
      expect(html, route).toContain('<link rel="alternate" type="application/atom+xml" title="أرشيف: أحدث المقالات" href="/feed.xml">')
    }
  })

  test('no number runs into the text beside it: copied text, excerpts and screen readers read the page as shown', async () => {
    // A digit and a letter or digit with only inline tags between them: CSS gaps space them on screen, not in the text.
    const inline = '</?(?:a|span|time|mark|q|strong|em|b|i|data)\\b[^>]*>'
    const glued = new RegExp(`[0-9\\u0621-\\u064A](?:${inline})+[0-9]|[0-9](?:${inline})+[\\u0621-\\u064A]`)
    for (const name of await htmlFiles(dist)) {
      const body = (await file(name))
        .replace(/<(script|style)[^>]*>.*?<\/\1>/gs, '')
        .replace(/<div hidden[^>]*>.*?<\/div>/gs, '') // Pagefind's meta and filters, never shown
      expect(glued.exec(body)?.[0], name).toBeUndefined()
    }
  })

  test('no internal link points to a missing page or anchor', async () => {
    const result = await checkLinks({dist, base: '/', site})
    expect(result.broken.map(formatBrokenLink)).toEqual([])
    expect(result.links).toBeGreaterThan(1000)
  })
})

describe('the article page', () => {
  test('dates in both calendars, the outlet, the original', async () => {
    const html = await page('articles/fx-tripoli-offensive')
    expect(html).toMatch(/<time datetime="2019-04-07T10:30:00\+02:00"[^>]*>الأحد، 7 أبريل 2019<\/time>/)
    expect(html).toContain('2 شعبان 1440 هـ')
    // Spaces in the text itself, not only CSS gaps: copied, the line must not read `20192 شعبان`.
    expect(textOf(html, 'p', 'story-meta')).toBe('الأحد، 7 أبريل 2019 / 2 شعبان 1440 هـ المصدر: الجزيرة + وكالات')
    expect(html).toMatch(/<a href="\/outlets\/%D8%A7%D9%84%D8%AC%D8%B2%D9%8A%D8%B1%D8%A9-%D9%86%D8%AA\/"[^>]*>الجزيرة نت<\/a>/)
    expect(html).toMatch(/<a href="https:\/\/www.aljazeera.net\/news\/2019\/4\/7\/haftar-tripoli" rel="external noopener"[^>]*>\s*اقرأ المقال في مصدره الأصلي/)
  })

  test('the first mention of each actor in each section links to its timeline, whole words only', async () => {
    const html = await page('articles/fx-tripoli-offensive')
    const body = /<div class="article-body"[^>]*>(.*?)<\/div>/s.exec(html)![1]
    const mentions = [...body.matchAll(/<a href="([^"]+)" class="actor-mention" data-actor="([^"]+)">([^<]+)<\/a>/g)].map(
      (match) => [match[2], match[3]]
    )
    expect(mentions).toEqual([
      ['khalifa-haftar', 'خليفة حفتر'],
      ['tripoli', 'طرابلس'],
      ['united-nations', 'الأمم المتحدة'],
      ['ghassan-salame', 'غسان سلامة'],
      // After the heading, a new section: بطرابلس linked whole, then حفتر again.
      ['tripoli', 'بطرابلس'],
      ['khalifa-haftar', 'حفتر']
    ])
    expect(body).toContain('الدعم الدولي لحفتر.')
  })

  test('a mention tagged with a merged actor\'s former id links to the actor\'s page', async () => {
    expect(await page('articles/fx-former-id')).toContain(
      '<a href="/actors/khalifa-haftar/" class="actor-mention" data-actor="haftar">حفتر</a>'
    )
  })

  test('actors grouped by type, related articles, neighbours in time', async () => {
    const html = await page('articles/fx-tripoli-offensive')
    const aside = /<aside class="story-aside"[^>]*>(.*?)<\/aside>/s.exec(html)![1]
    const groups = [...aside.matchAll(/<h3 class="group-title"[^>]*>([^<]+)<\/h3>/g)].map((match) => match[1])
    expect(groups).toEqual(['أشخاص', 'منظمات', 'أماكن'])
    expect(aside).toContain('مقالات ذات صلة')
    expect(aside).toContain('/articles/fx-un-envoy/')
    expect(html).toMatch(/rel="prev" href="\/articles\/fx-briefing-55\/"/)
    expect(html).toMatch(/rel="next" href="\/articles\/fx-truce-call-bbc\/"/)
  })

  test('an undated article says so and has no place in time', async () => {
    const html = await page('articles/fx-undated-report')
    expect(html).toMatch(/<span class="date-line undated" data-pagefind-ignore[^>]*>غير مؤرخ<\/span>/)
    expect(html).toContain('غير مؤرخ')
    expect(html).not.toContain('rel="prev"')
    expect(html).not.toContain('rel="next"')
  })

  test('JSON-LD NewsArticle: about and mentions with types, pages and Wikidata', async () => {
    const jsonLd = jsonLdOf(await page('articles/fx-tripoli-offensive'))
    expect(jsonLd['@type']).toBe('NewsArticle')
    expect(jsonLd.datePublished).toBe('2019-04-07T10:30:00+02:00')
    expect(jsonLd.about.map((thing: any) => [thing['@type'], thing.name])).toEqual([
      ['Person', 'خليفة حفتر'],
      ['Place', 'طرابلس'],
      ['Organization', 'الأمم المتحدة']
    ])
    expect(jsonLd.about[2].sameAs).toBe('https://www.wikidata.org/wiki/Q1065')
    expect(jsonLd.mentions).toEqual([{'@type': 'Person', name: 'غسان سلامة', url: `${site}/actors/ghassan-salame/`}])
  })

  test('the article is the search index\'s body; the site chrome is not', async () => {
    const html = await page('articles/fx-tripoli-offensive')
    expect(html).toMatch(/<article class="story"[^>]*data-pagefind-body/)
    expect(html).toMatch(/<header class="site-header"[^>]*data-pagefind-ignore/)
    expect(html).toMatch(/<footer class="site-footer"[^>]*data-pagefind-ignore/)
  })

  test('the seed article keeps its subheading; text that looks like markup stays text', async () => {
    expect(await page('articles/000_71bcbe837b8e2f0b')).toContain('<h2 id="إجلاء-الجرحى">إجلاء الجرحى</h2>')
    const html = await page('articles/escaping')
    // Outside attribute values (where `<` is plain text), no script element came from the text.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(html).toContain('*نجمة*')
    expect(html).toContain('[رابط](http://example.org)')
    expect(html).toContain('مقال يختبر الرموز &lt;b&gt;')
  })

  test('a title-only article (its text was only boilerplate) is a page: title, date, a note and the original', async () => {
    const html = await page('articles/video-report')
    expect(/<h1[^>]*>(.*?)<\/h1>/s.exec(html)?.[1]).toBe('تقرير مصور عن معبر رفح')
    expect(html).toContain('2 يونيو 2018')
    expect(html).toContain('لم يحمل المصدر نصا لهذا المقال')
    expect(html).toContain('href="https://example.org/video-report"')
    expect(html).not.toContain('لمشاهدة التقرير')
  })

  test('article and actor pages carry no more script than a small enhancement', async () => {
    for (const route of ['articles/fx-tripoli-offensive', 'actors/khalifa-haftar']) {
      const html = await page(route)
      const inline = [...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*\ssrc=)[^>]*>(.*?)<\/script>/gs)].map((match) => match[1].length)
      const external = await Promise.all(
        [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(async (match) => (await file(match[1].slice(1))).length)
      )
      expect([...inline, ...external].reduce((sum, size) => sum + size, 0), route).toBeLessThan(10_000)
    }
  })
})

describe('the actor timeline', () => {
  test('name, type, aliases, Wikidata, counts, first and last appearance', async () => {
    const html = await page('actors/united-nations')
    expect(html).toContain('<h1 data-astro-cid-')
    expect(html).toMatch(/<h1[^>]*>الأمم المتحدة<\/h1>/)
    expect(html).toMatch(/<p class="kicker"[^>]*><a href="\/actors\/organizations\/"[^>]*>منظمة<\/a>/)
    expect(html).toContain('يرد أيضا باسم:')
    expect(html).toContain('href="https://www.wikidata.org/wiki/Q1065"')
    expect(html).toContain('7 أبريل 2019')
    expect(html).toContain('12 أبريل 2019')
  })

  test('an inline SVG chart with a bar per month, and the numbers as a table', async () => {
    const html = await page('actors/khalifa-haftar')
    const svg = /<svg[^>]*role="img"[^>]*>(.*?)<\/svg>/s.exec(html)![1]
    expect([...svg.matchAll(/<rect class="bar"/g)]).toHaveLength(6) // 2018-12 … 2019-05
    expect(svg).toContain('<title>ديسمبر 2018: مقال واحد</title>')
    expect(html).toMatch(/<th scope="row"[^>]*>يناير 2019<\/th>\s*<td[^>]*>0<\/td>/)
  })

  test('the timeline: years and months, the sentence with the mention marked, the actor\'s quotes', async () => {
    const html = await page('actors/khalifa-haftar')
    const years = [...html.matchAll(/<h3 class="year-title"[^>]*>([^<]+)<\/h3>/g)].map((match) => match[1])
    expect(years).toEqual(['2019', '2018', 'غير مؤرخ'])
    expect(html).toContain('<mark data-astro-cid-')
    expect(html).toMatch(/واصلت القوات الموالية للواء المتقاعد <mark[^>]*>خليفة حفتر<\/mark> هجومها/)
    expect(html).toMatch(/أكد:<\/span> <q[^>]*>أن قواته ستواصل التقدم<\/q>/)
    expect(textOf(html, 'p', 'entry-meta')).toBe('2 مايو 2019 BBC Arabic')
    // Another speaker's quote from the same article stays off this timeline.
    expect(html).not.toContain('لا حل عسكريا للأزمة الليبية</q>')
  })

  test('co-occurring actors, most shared articles first', async () => {
    const html = await page('actors/khalifa-haftar')
    const section = /<ul class="companions"[^>]*>(.*?)<\/ul>/s.exec(html)![1]
    expect([...section.matchAll(/href="\/actors\/([^/]+)\/"/g)].map((match) => match[1]).slice(0, 2)).toEqual(['tripoli', 'united-nations'])
  })

  test('a long timeline continues on numbered pages', async () => {
    const first = await page('actors/ghassan-salame')
    const second = await page('actors/ghassan-salame/2')
    expect(first).toContain('href="/actors/ghassan-salame/2/"')
    expect(second).toContain('rel="prev" href="/actors/ghassan-salame/"')
    const entries = (html: string) => [...html.matchAll(/<h4 class="entry-title"/g)].length
    // 59 articles; the three of one story are one entry.
    expect(entries(first) + entries(second)).toBe(57)
    expect(entries(first)).toBe(50)
  })

  test('a former id (merged actor) redirects to the actor\'s page', async () => {
    const html = await page('actors/haftar')
    expect(html).toContain('<meta http-equiv="refresh" content="0;url=/actors/khalifa-haftar/">')
    expect(html).toContain(`<link rel="canonical" href="${site}/actors/khalifa-haftar/">`)
    expect(html).toContain('<meta name="robots" content="noindex">')
  })
})

describe('the actors index', () => {
  test('grouped by type, article counts, most covered first', async () => {
    const html = await page('actors')
    const groups = [...html.matchAll(/<h2 class="section-title" id="type-(\w+)-title"/g)].map((match) => match[1])
    expect(groups).toEqual(['person', 'organization', 'place'])
    // (The seed articles may name some of these actors too: only the fixtures' are counted on.)
    const people = /id="type-person"(.*?)<\/section>/s.exec(html)![1]
    const ids = (section: string) => [...section.matchAll(/<a href="\/actors\/([^/]+)\/"/g)].map((match) => match[1])
    expect(ids(people).filter((id) => ['ghassan-salame', 'khalifa-haftar', 'mike-pompeo'].includes(id))).toEqual([
      'ghassan-salame',
      'khalifa-haftar',
      'mike-pompeo'
    ])
    expect(people).toMatch(/ghassan-salame\/"[^>]*>غسان سلامة<\/a>\s*<span class="count"[^>]*>59 مقالًا</)
    const places = /id="type-place"(.*?)<\/section>/s.exec(html)![1]
    expect(ids(places).filter((id) => ['ar-wah1h-alsrab', 'tripoli', 'ar-bnghazy', 'ar-washntn'].includes(id))).toEqual([
      'ar-wah1h-alsrab',
      'tripoli'
    ])
    // Libya is listed once, as the registry's actor.
    expect(ids(places).filter((id) => id === 'libya' || id.startsWith('ar-lyby'))).toEqual(['libya'])
  })

  test('each type has its own pages, most covered first, linked from the index and from each actor of the type', async () => {
    const people = await page('actors/people')
    const ids = [...people.matchAll(/<a href="\/actors\/([^/]+)\/"/g)].map((match) => match[1])
    expect(ids.filter((id) => ['ghassan-salame', 'khalifa-haftar', 'mike-pompeo'].includes(id))).toEqual(['ghassan-salame', 'khalifa-haftar', 'mike-pompeo'])
    expect(ids).not.toContain('tripoli')
    expect(people).toMatch(/<h1[^>]*>أشخاص<\/h1>/)
    expect(await page('actors/places')).toContain('href="/actors/tripoli/"')
    expect(await page('actors/khalifa-haftar')).toMatch(/<p class="kicker"[^>]*><a href="\/actors\/people\/"[^>]*>شخص<\/a>/)
  })

  test('the quick filter\'s names: every actor, most covered first, each name it goes by in matching form', async () => {
    const {actors} = JSON.parse(await file('actors/names.json')) as {actors: [string, string, string, number, string][]}
    const haftar = actors.find(([id]) => id === 'khalifa-haftar')!
    expect(haftar.slice(1, 3)).toEqual(['خليفة حفتر', 'person'])
    expect(haftar[4].split('|')).toContain('khalifa haftar')
    expect(actors.map((row) => row[3])).toEqual(actors.map((row) => row[3]).toSorted((a, b) => b - a))
  })

  test('an actor only the tagger found gets a page from its third article; mentions of one without a page stay text', async () => {
    const html = await page('articles/fx-pompeo-statement')
    expect(html).toContain('إن واشنطن تعارض')
    expect(html).not.toContain('data-actor="ar-washntn"')
    expect(html).not.toContain('href="/actors/ar-washntn/"')
    expect(await page('articles/fx-briefing-01')).toContain('<a href="/actors/ar-wah1h-alsrab/" class="actor-mention" data-actor="ar-wah1h-alsrab">واحة السراب</a>')
  })
})

describe('date archive and outlets', () => {
  test('a month lists its articles by day with both calendars', async () => {
    const html = await page('archive/2019/04')
    expect(html).toMatch(/<h1[^>]*>أبريل 2019<\/h1>/)
    expect(html).toContain('الأحد، 7 أبريل 2019')
    expect(textOf(html, 'p', 'meta')).toBe('الجزيرة نت 12 أبريل 2019')
    expect(html).toContain('/articles/fx-tripoli-offensive/')
    expect(html).toContain('rel="next" href="/archive/2019/05/"')
  })

  test('the outlets list and an outlet\'s page', async () => {
    expect(await page('outlets')).toContain('href="/outlets/bbc-arabic/"')
    const html = await page('outlets/bbc-arabic')
    expect(html).toContain('/articles/fx-pompeo-statement/')
    expect(html).toContain('/articles/fx-former-id/')
  })

  test('the 404 page is Arabic and kept out of search engines', async () => {
    const html = await file('404.html')
    expect(html).toContain('لم نجد هذه الصفحة')
    expect(html).toContain('<meta name="robots" content="noindex">')
    expect(html).not.toContain('rel="canonical"')
  })
})

describe('feeds, sitemap, robots, JSON', () => {
  test('the site feed and an actor\'s feed are Atom, newest first, undated left out', async () => {
    const feed = await file('feed.xml')
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="ar">/)
    expect(feed).toContain('<updated>2019-05-02T18:00:00Z</updated>')
    expect(feed.indexOf('fx-pompeo-statement')).toBeLessThan(feed.indexOf('fx-un-envoy'))
    const actorFeed = await file('actors/khalifa-haftar/feed.xml')
    const entries = [...actorFeed.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1])
    expect(entries).toEqual([
      `${site}/articles/fx-pompeo-statement/`,
      `${site}/articles/fx-truce-call-wire/`,
      `${site}/articles/fx-truce-call-bbc/`,
      `${site}/articles/fx-tripoli-offensive/`,
      `${site}/articles/fx-former-id/`
    ])
    expect(await page('actors/khalifa-haftar')).toContain('href="/actors/khalifa-haftar/feed.xml"')
  })

  test('the sitemap lists every page; robots.txt points to it', async () => {
    const index = await file('sitemap.xml')
    expect(index).toContain(`<sitemap><loc>${site}/sitemap-1.xml</loc></sitemap>`)
    const urls = [...(await file('sitemap-1.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    const names = await htmlFiles(dist)
    const redirects = new Set<string>()
    for (const name of names) if ((await file(name)).includes('http-equiv="refresh"')) redirects.add(name)
    expect(redirects).toContain('actors/haftar/index.html')
    const pages = names
      // Not the 404 page, nor the redirects of merged actors' former ids, nor the search page (noindex).
      .filter((name) => name !== '404.html' && !redirects.has(name) && name !== 'search/index.html')
      .map((name) => `${site}/${name.replace(/index\.html$/, '')}`)
    expect(urls.map((url) => decodeURI(url)).sort()).toEqual(pages.sort())
    expect(await file('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`)
  })

  test('/actors.json and /actors/<id>.json', async () => {
    const {actors} = JSON.parse(await file('actors.json'))
    expect(actors[0]).toEqual({
      id: 'ghassan-salame',
      name: 'غسان سلامة',
      nameEn: 'Ghassan Salamé',
      type: 'person',
      articleCount: 59,
      mentionCount: 60,
      first: '2019-01-01',
      last: '2019-04-12',
      url: `${site}/actors/ghassan-salame/`,
      json: `${site}/actors/ghassan-salame.json`
    })
    const haftar = JSON.parse(await file('actors/khalifa-haftar.json'))
    expect(haftar).toMatchObject({id: 'khalifa-haftar', nameEn: 'Khalifa Haftar', formerIds: ['haftar']})
    expect(haftar.articleCount).toBe(haftar.timeline.length)
    const fixtures = haftar.timeline.filter((entry: any) => entry.id.startsWith('fx-'))
    expect(fixtures.map((entry: any) => entry.id)).toEqual([
      'fx-pompeo-statement',
      'fx-truce-call-wire',
      'fx-truce-call-bbc',
      'fx-tripoli-offensive',
      'fx-former-id',
      'fx-undated-report'
    ])
    expect(fixtures[3]).toEqual({
      id: 'fx-tripoli-offensive',
      title: 'حفتر يواصل هجومه على طرابلس والأمم المتحدة تدعو إلى هدنة',
      date: '2019-04-07T10:30:00+02:00',
      outlet: 'الجزيرة نت',
      url: `${site}/articles/fx-tripoli-offensive/`,
      source: 'https://www.aljazeera.net/news/2019/4/7/haftar-tripoli',
      story: 'fx-tripoli-offensive',
      mentions: 4,
      sentence: 'واصلت القوات الموالية للواء المتقاعد خليفة حفتر هجومها على طرابلس لليوم الرابع، في حين دعت الأمم المتحدة إلى هدنة إنسانية.',
      quotes: [{verb: 'أكد', text: 'أن قواته ستواصل التقدم'}]
    })
  })
})

describe('under a base path', () => {
  test('every link, asset and address stays under the base', async () => {
    for (const name of await htmlFiles(distUnderBase)) {
      const {links} = extractLinks(await file(name, distUnderBase))
      for (const link of links.filter((href) => href.startsWith('/'))) {
        expect(link.startsWith(basePath), `${name}: ${link}`).toBe(true)
      }
    }
    const html = await page('articles/fx-tripoli-offensive', distUnderBase)
    expect(html).toContain(`<a href="${basePath}actors/khalifa-haftar/" class="actor-mention"`)
    expect(html).toContain(`<link rel="canonical" href="${site}${basePath}articles/fx-tripoli-offensive/">`)
    expect(await file('robots.txt', distUnderBase)).toContain(`Sitemap: ${site}${basePath}sitemap.xml`)
  })

  test('no internal link points to a missing page or anchor', async () => {
    const result = await checkLinks({dist: distUnderBase, base: basePath, site})
    expect(result.broken.map(formatBrokenLink)).toEqual([])
  })
})
