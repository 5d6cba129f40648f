import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, inject, test} from 'vitest'
import {readPage} from '../../scripts/search/read-page.ts'
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
})

test('an undated article sorts last, and has no year', async () => {
  const article = readPage(await page('articles/000_71bcbe837b8e2f0b'))!
  expect(article.sort).toEqual({date: '0000-00-00T00:00:00.000Z'})
  expect(article.filters).toEqual({})
})

test('only articles are searchable: the home page and the search page are not', async () => {
  expect(readPage(await page(''))).toBeUndefined()
  expect(readPage(await page('search'))).toBeUndefined()
})

test('the built index lists the filter values the search page offers', async () => {
  const manifest = JSON.parse(await readFile(path.join(dist, 'pagefind', MANIFEST_FILE), 'utf8'))
  expect(manifest).toEqual({analyzer: 'proclitics', choices: {outlet: [['اختبار', 1]], year: [['2018', 1]]}})
})
