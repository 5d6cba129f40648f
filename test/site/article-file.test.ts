import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseArticleFile} from '../../src/site/content/article-file.ts'
import {readArticles} from '../../src/site/content/read-articles.ts'
import {createArticleRenderer} from '../../src/site/content/render-article.ts'
import {renderArticles} from '../../src/site/content/render-articles.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const article = (fields: string, body = 'نص المقال.') => `---\nid: "a"\ntitle: "عنوان"\nlang: "ar"\n${fields}\n---\n\n${body}\n`

describe('parseArticleFile', () => {
  test('reads frontmatter with the shared schema and keeps the body', () => {
    const file = parseArticleFile(article('date: "2019-04-07"'), 'content/articles/a.md', 'a')
    expect(file.data).toMatchObject({id: 'a', title: 'عنوان', date: '2019-04-07', undated: false, actors: [], quotes: []})
    expect(file.body.trim()).toBe('نص المقال.')
  })

  test('invalid frontmatter: one error naming the file and the field', () => {
    expect(() => parseArticleFile(article('date: "أمس"'), 'content/articles/a.md', 'a')).toThrowErrorMatchingInlineSnapshot(`[Error: content/articles/a.md: \`date\`: Expected an ISO 8601 date such as \`2019-04-07\` or \`2019-04-07T10:30:00+02:00\`]`)
  })

  test('an id other than the file name is an error', () => {
    expect(() => parseArticleFile(article('undated: true'), 'content/articles/b.md', 'b')).toThrowErrorMatchingInlineSnapshot(`[Error: content/articles/b.md: \`id\` is "a", expected the file name "b"]`)
  })
})

describe('readArticles', () => {
  test('every .md file in name order; a missing folder is an empty archive', async () => {
    const dir = await tempDir()
    expect(await readArticles(dir)).toEqual([])
    await mkdir(path.join(dir, 'articles'))
    await writeFile(path.join(dir, 'articles', 'b.md'), article('undated: true').replace('"a"', '"b"'))
    await writeFile(path.join(dir, 'articles', 'a.md'), article('undated: true'))
    await writeFile(path.join(dir, 'articles', 'notes.txt'), 'not an article')
    expect((await readArticles(dir)).map((file) => file.id)).toEqual(['a', 'b'])
  })
})

describe('createArticleRenderer', () => {
  test('links actors with a page, collects lead and sentences, ids on headings', () => {
    const render = createArticleRenderer({actorHref: (actor) => (actor.id === 'haftar' ? '/actors/haftar/' : undefined)})
    const data = parseArticleFile(
      article(
        'undated: true\nactors:\n  - {id: haftar, name: حفتر, type: person, mentions: 1, forms: [لحفتر]}\n  - {id: tripoli, name: طرابلس, type: place, mentions: 1, forms: [طرابلس]}',
        'قال مصدر إن الدعم لحفتر مستمر في طرابلس.\n\n## تفاصيل\n\nنص <b>ثان</b>.'
      ),
      'a.md',
      'a'
    ).data
    const rendered = createArticleRenderer({actorHref: () => undefined})(data, 'نص', 'a.md')
    expect(rendered.html).toBe('<p>نص</p>')
    const body = 'قال مصدر إن الدعم لحفتر مستمر في طرابلس.\n\n## تفاصيل\n\nنص <b>ثان</b>.'
    expect(render(data, body, 'a.md')).toEqual({
      html:
        '<p>قال مصدر إن الدعم <a href="/actors/haftar/" class="actor-mention" data-actor="haftar">لحفتر</a> مستمر في طرابلس.</p>\n' +
        '<h2 id="تفاصيل">تفاصيل</h2>\n<p>نص ثان.</p>',
      lead: 'قال مصدر إن الدعم لحفتر مستمر في طرابلس.',
      sentences: {haftar: 'قال مصدر إن الدعم لحفتر مستمر في طرابلس.', tripoli: 'قال مصدر إن الدعم لحفتر مستمر في طرابلس.'}
    })
  })
})

describe('renderArticles', () => {
  test('worker threads render exactly what this thread renders, in input order', async () => {
    const files = await readArticles(path.resolve(import.meta.dirname, '../fixtures/site-content'))
    const actorHref = (id: string) => (id === 'tripoli' ? '/actors/tripoli/' : undefined)
    const here = await renderArticles(files, {actorHref, workers: 0})
    const inWorkers = await renderArticles(files, {actorHref, workers: 2})
    expect(inWorkers).toEqual(here)
    expect(here.map((result) => result.html.includes('href="/actors/tripoli/"'))).toEqual(
      files.map((file) => file.data.actors.some((actor) => actor.id === 'tripoli'))
    )
  })
})
