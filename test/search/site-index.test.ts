import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, inject, test} from 'vitest'
import {readPage} from '../../scripts/search/read-page.ts'
import {readPages} from '../../scripts/search/read-pages.ts'
import {openDistSearch} from '../../scripts/search/open-dist.ts'
import {MANIFEST_FILE} from '../../src/shared/search/bundle.ts'

const dist = inject('dist')
const page = (route: string) => readFile(path.join(dist, route, 'index.html'), 'utf8')

test('an article page gives the index its text, meta, filters and date sort', async () => {
  const article = readPage(await page('articles/escaping'))!
  expect(article.meta).toEqual({date: '2018-06-01T09:00:00+03:00', outlet: 'اختبار', title: 'مقال يختبر الرموز <b>'})
  expect(article.filters).toEqual({outlet: ['اختبار'], year: ['2018']})
  expect(article.sort).toEqual({date: '2018-06-01T06:00:00.000Z'})
  expect(article.blocks[0]).toEqual({tag: 'h1', text: 'مقال يختبر الرموز <b>'})
  expect(article.blocks.map((block) => block.text).join('\n')).toContain('اجتماع الحكومة في العاصمة.')
  // The date line is not search text (the date is meta, filter and sort).
  expect(article.blocks.map((block) => block.text).join('\n')).not.toMatch(/يونيو|1439 هـ/)
})

test('an undated article sorts last, and has no year; its actors with a page are filters', async () => {
  const article = readPage(await page('articles/000_71bcbe837b8e2f0b'))!
  expect(article.sort).toEqual({date: '0000-00-00T00:00:00.000Z'})
  expect(article.filters.year).toBeUndefined()
  expect(article.filters.actor).toContain('خليفة حفتر')
  expect(article.filters.actor_type).toEqual(expect.arrayContaining(['شخص', 'مكان']))
  expect(article.actors).toContainEqual({id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person'})
})

test('only articles are searchable: the home page and the search page are not', async () => {
  expect(readPage(await page(''))).toBeUndefined()
  expect(readPage(await page('search'))).toBeUndefined()
})

test('the built index lists the filter values the search page offers, most articles first', async () => {
  const {analyzer, choices} = JSON.parse(await readFile(path.join(dist, 'pagefind', MANIFEST_FILE), 'utf8'))
  expect(analyzer).toBe('proclitics')
  expect(Object.keys(choices).sort()).toEqual(['actor', 'actor_type', 'outlet', 'year'])
  for (const values of Object.values(choices) as Array<Array<[string, number]>>) {
    const counts = values.map(([, count]) => count)
    expect(counts).toEqual(counts.toSorted((a, b) => b - a))
  }
  expect(choices.outlet).toContainEqual(['اختبار', 2])
  expect(choices.actor_type.map(([type]: [string]) => type).sort()).toEqual(['شخص', 'مكان', 'منظمة'].sort())
})

test('pages read on worker threads are the pages read in this thread, in the same order', async () => {
  const files = ['', 'search', 'articles/escaping', 'articles/000_71bcbe837b8e2f0b'].map((route) => path.join(route, 'index.html'))
  const inThread = await readPages(dist, files, {workers: 0})
  expect(inThread.map(({file}) => file)).toEqual(files.slice(2))
  expect(await readPages(dist, [...files, ...files], {workers: 2})).toEqual([...inThread, ...inThread])
})

test('a page that cannot be read fails the read, naming the file, in a worker as in this thread', async () => {
  for (const workers of [0, 1]) {
    await expect(readPages(dist, ['articles/no-such-page/index.html'], {workers})).rejects.toThrow(/no-such-page/)
  }
})

test('a month or weekday name finds the articles that say it, not every article dated then', async () => {
  const search = await openDistSearch(dist)
  try {
    // The fixture's Tripoli article is dated 2 شعبان 1440, a Sunday; neither word is in its text.
    for (const query of ['شعبان', 'الأحد']) {
      const {results} = await search.search(query, {limit: 100})
      expect(results.map((result) => result.url), query).not.toContain('/articles/fx-tripoli-offensive/')
    }
  } finally {
    await search.close()
  }
})

test("an actor's English name and aliases from /actors.json find its page first", async () => {
  const search = await openDistSearch(dist)
  try {
    for (const [query, url] of [
      ['Haftar', '/actors/khalifa-haftar/'],
      ['قوات حفتر', '/actors/libyan-national-army/']
    ]) {
      const {results} = await search.search(query, {limit: 1})
      expect(results[0]?.url, query).toBe(url)
    }
  } finally {
    await search.close()
  }
})

test('the search page fetches Pagefind\'s module and the manifest with itself, files the index has', async () => {
  const html = await page('search')
  const links = [...html.matchAll(/<link rel="(modulepreload|preload)" href="\/pagefind\/([^"]+)"[^>]*>/g)].map((match) => match[2])
  expect(links).toEqual(['pagefind.js', MANIFEST_FILE])
  for (const file of links) await expect(readFile(path.join(dist, 'pagefind', file))).resolves.toBeInstanceOf(Buffer)
})
