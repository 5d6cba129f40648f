import {describe, expect, test} from 'vitest'
import {buildArchive} from '../../src/site/archive/build-archive.ts'
import {isoToRfc3339, toAtom} from '../../src/site/seo/atom.ts'
import {articleToJsonLd} from '../../src/site/seo/json-ld.ts'
import {chunk, toSitemap, toSitemapIndex} from '../../src/site/seo/sitemap.ts'
import {mention, record} from '../helpers/site-archive.ts'

describe('Atom', () => {
  test.each([
    ['2019-04-07', '2019-04-07T00:00:00Z'],
    ['2019-04-07T10:30', '2019-04-07T10:30:00Z'],
    ['2019-04-07T10:30:00+0200', '2019-04-07T10:30:00+02:00'],
    ['2013-12-27T05:36:26+04:00', '2013-12-27T05:36:26+04:00'],
    ['2019-04-07T10:30:00z', '2019-04-07T10:30:00Z']
  ])('isoToRfc3339(%s) → %s', (date, expected) => {
    expect(isoToRfc3339(date)).toBe(expected)
  })

  test('a feed escapes text, and dates itself by its newest entry, not the clock', () => {
    const xml = toAtom({
      selfUrl: 'https://a.example/feed.xml',
      pageUrl: 'https://a.example/',
      title: 'أرشيف <b> & co',
      entries: [{url: 'https://a.example/articles/1/?a=1&b=2', title: '"عنوان"', updated: '2019-04-07T00:00:00Z', summary: 'نص', author: 'BBC'}]
    })
    expect(xml).toBe(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">
  <id>https://a.example/feed.xml</id>
  <title>أرشيف &lt;b&gt; &amp; co</title>
  <updated>2019-04-07T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="https://a.example/feed.xml"/>
  <link rel="alternate" type="text/html" href="https://a.example/"/>
  <entry>
    <id>https://a.example/articles/1/?a=1&amp;b=2</id>
    <title>&quot;عنوان&quot;</title>
    <link rel="alternate" type="text/html" href="https://a.example/articles/1/?a=1&amp;b=2"/>
    <updated>2019-04-07T00:00:00Z</updated>
    <author><name>BBC</name></author>
    <summary>نص</summary>
  </entry>
</feed>
`)
  })
})

describe('sitemap', () => {
  test('a urlset and an index', () => {
    expect(toSitemap([{loc: 'https://a.example/', lastmod: '2019-04-07'}, {loc: 'https://a.example/x/'}])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://a.example/</loc><lastmod>2019-04-07</lastmod></url>\n' +
        '  <url><loc>https://a.example/x/</loc></url>\n</urlset>\n'
    )
    expect(toSitemapIndex(['https://a.example/sitemap-1.xml'])).toContain(
      '<sitemap><loc>https://a.example/sitemap-1.xml</loc></sitemap>'
    )
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]])
  })
})

describe('articleToJsonLd', () => {
  const article = record('a', {
    date: '2019-04-07',
    outlet: 'الجزيرة نت',
    url: 'https://example.org/original',
    actors: [mention('haftar', 'person', 4), mention('un', 'organization', 2), mention('tripoli', 'place', 1)]
  })
  const archive = buildArchive([article], [
    {id: 'un', name: 'الأمم المتحدة', nameEn: 'United Nations', type: 'organization', aliases: [], ambiguousAliases: [], titles: [], formerIds: [], wikidata: 'Q1065'}
  ])
  const jsonLd = articleToJsonLd(article, {
    url: 'https://arshif.example/articles/a/',
    actorPage: (id) => {
      const entry = archive.actor(id)
      return entry && {entry, url: `https://arshif.example/actors/${entry.id}/`}
    },
    siteName: 'أرشيف',
    siteUrl: 'https://arshif.example/'
  })

  test('NewsArticle with the outlet as publisher and the original as isBasedOn', () => {
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'عنوان a',
      inLanguage: 'ar',
      datePublished: '2019-04-07',
      publisher: {'@type': 'Organization', name: 'الجزيرة نت'},
      isBasedOn: 'https://example.org/original'
    })
  })

  test('about: actors mentioned at least twice; mentions: the rest; sameAs Wikidata when known', () => {
    expect(jsonLd.about).toEqual([
      {'@type': 'Person', name: 'haftar', url: 'https://arshif.example/actors/haftar/'},
      {'@type': 'Organization', name: 'الأمم المتحدة', url: 'https://arshif.example/actors/un/', sameAs: 'https://www.wikidata.org/wiki/Q1065'}
    ])
    expect(jsonLd.mentions).toEqual([{'@type': 'Place', name: 'tripoli', url: 'https://arshif.example/actors/tripoli/'}])
  })
})
