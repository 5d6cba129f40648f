import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {checkLinks, formatBrokenLink} from '../../../scripts/site/links/check-links.ts'
import {extractLinks, extractXmlLinks} from '../../../scripts/site/links/extract-links.ts'
import {tempDir} from '../../helpers/temp-dir.ts'

describe('extractLinks', () => {
  test('anchors and links from tags, never from text, scripts or styles', () => {
    const page = extractLinks(`<!doctype html><html><head>
      <link rel="stylesheet" href="/_astro/a.css"><script type="application/ld+json">{"url": "<a href='/no/'>"}</script>
      <style>a[href="/no/"] {}</style><title>&lt;a href="/no/"&gt;</title></head>
      <body><h2 id="قسم">x</h2><a name="old"></a><p>اكتب &lt;a href="/no/"&gt; نصا</p>
      <a href="/yes/#قسم">نعم</a><img src="/i.svg" alt=""><textarea><a href="/no/"></textarea></body></html>`)
    expect(page.links).toEqual(['/_astro/a.css', '/yes/#قسم', '/i.svg'])
    expect([...page.anchors]).toEqual(['قسم', 'old'])
  })

  test('XML: <loc> text and href attributes, unescaped', () => {
    expect(extractXmlLinks('<urlset><url><loc>https://a/x?a=1&amp;b=2</loc></url></urlset><link href="https://a/y"/>')).toEqual([
      'https://a/x?a=1&b=2',
      'https://a/y'
    ])
  })
})

describe('checkLinks', () => {
  async function site(files: Record<string, string>): Promise<string> {
    const dir = await tempDir()
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), {recursive: true})
      await writeFile(path.join(dir, file), text)
    }
    return dir
  }

  test('finds links to missing pages and anchors, under a base, relative and absolute', async () => {
    const dist = await site({
      'index.html':
        '<a href="/base/a/">ok</a><a href="a/#top">ok</a><a href="/base/missing/">broken</a>' +
        '<a href="/base/a/#nowhere">broken</a><a href="https://site.example/base/a/">ok</a>' +
        '<a href="https://site.example/base/gone/">broken</a><a href="https://elsewhere.example/x">external</a>' +
        '<a href="/base/%D8%A3/">ok</a><a href="mailto:a@b.c">mail</a><a href="/other/">outside the base</a>',
      'a/index.html': '<h1 id="top">a</h1><a href="../">up</a><a href="/base/file.json">file</a>',
      'أ/index.html': '<p>أ</p>',
      'file.json': '{}',
      'sitemap.xml': '<urlset><url><loc>https://site.example/base/a/</loc></url><url><loc>https://site.example/base/b/</loc></url></urlset>'
    })
    const result = await checkLinks({dist, base: '/base/', site: 'https://site.example'})
    expect(result.broken.map(formatBrokenLink)).toEqual([
      'index.html: /base/missing/: no such page  [missing-page]',
      'index.html: /base/a/#nowhere: no such anchor on the page  [missing-anchor]',
      'index.html: https://site.example/base/gone/: no such page  [missing-page]',
      'index.html: /other/: no such page  [missing-page]',
      'sitemap.xml: https://site.example/base/b/: no such page  [missing-page]'
    ])
    expect(result.files).toBe(4)
    // Large sites are read on worker threads (by default from 1,000 files on): the same result.
    expect(await checkLinks({dist, base: '/base/', site: 'https://site.example', workers: 2})).toEqual(result)
  })

  test('a site whose links all resolve has none broken', async () => {
    const dist = await site({'index.html': '<a href="/a/">a</a>', 'a/index.html': '<a href="/">home</a>'})
    expect((await checkLinks({dist})).broken).toEqual([])
  })
})
