import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, inject, test} from 'vitest'

const dist = inject('dist')
const page = (route: string) => readFile(path.join(dist, route, 'index.html'), 'utf8')

test('every page is Arabic and right to left', async () => {
  for (const route of ['', 'articles/000_71bcbe837b8e2f0b', 'articles/escaping']) {
    expect(await page(route)).toMatch(/<html lang="ar" dir="rtl"/)
  }
})

test('the home page lists the articles, newest first', async () => {
  const html = await page('')
  expect(html.indexOf('articles/escaping/')).toBeGreaterThan(-1)
  expect(html.indexOf('articles/escaping/')).toBeLessThan(html.indexOf('articles/000_71bcbe837b8e2f0b/'))
})

test('the seed article page has its subheading', async () => {
  expect(await page('articles/000_71bcbe837b8e2f0b')).toContain('<h2 id="إجلاء-الجرحى">إجلاء الجرحى</h2>')
})

test('text that looks like markup stays text', async () => {
  const html = await page('articles/escaping')
  expect(html).not.toContain('<script>alert(1)</script>')
  expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>')
  expect(html).toContain('*نجمة*')
  expect(html).toContain('[رابط](http://example.org)')
  expect(html).toContain('مقال يختبر الرموز &lt;b&gt;')
})
