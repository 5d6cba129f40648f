import {execFile} from 'node:child_process'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {expect, inject, test} from 'vitest'
import {tempDir} from '../helpers/temp-dir.ts'
import {NODE_ARGS} from '../helpers/node-args.ts'

const cli = fileURLToPath(new URL('../../scripts/cli/search.ts', import.meta.url))
const run = (...args: string[]) => promisify(execFile)(process.execPath, [...NODE_ARGS, cli, ...args])
const dist = inject('dist')

test('one query: one JSON object per result, best first, with url, title, date and excerpt', async () => {
  const {stdout} = await run('--dist', dist, 'الحكومة')
  const results = stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>)
  // The actor whose name holds the word, then the articles.
  expect(results.map((result) => result.url)).toEqual([
    '/actors/government-of-national-accord/',
    '/articles/escaping/',
    '/articles/000_71bcbe837b8e2f0b/'
  ])
  expect(Object.keys(results[1])).toEqual(['url', 'title', 'date', 'excerpt'])
  expect(results[1]).toMatchObject({title: 'مقال يختبر الرموز <b>', date: '2018-06-01T09:00:00+03:00'})
  expect(results[1].excerpt).toContain('اجتماع <mark>الحكومة</mark> في العاصمة.')
  // Undated: null, never invented.
  expect(results[2]).toMatchObject({date: null})
  expect(results[2].excerpt).toContain('<mark>بحكومة</mark>')
})

test('--limit caps the results', async () => {
  const {stdout} = await run('--dist', dist, '--limit', '1', 'الحكومة')
  expect(stdout.trim().split('\n')).toHaveLength(1)
})

test('--queries: the index is loaded once, one line per query', async () => {
  const file = path.join(await tempDir(), 'queries.txt')
  await writeFile(file, 'الجرحى\n\nظظظظ\r\nمجلس الأمن\n')
  const {stdout} = await run('--dist', dist, '--queries', file)
  const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as {query: string; results: Array<{url: string}>})
  expect(lines.map((line) => [line.query, line.results.length])).toEqual([
    ['الجرحى', 1],
    ['ظظظظ', 0],
    ['مجلس الأمن', 2]
  ])
  expect(lines[0].results[0].url).toBe('/articles/000_71bcbe837b8e2f0b/')
})

test('a site without an index is one clear line and a non-zero exit', async () => {
  const empty = await tempDir()
  const failed = await run('--dist', empty, 'الجيش').catch((error: {code: number; stderr: string}) => error)
  expect(failed).toMatchObject({code: 1})
  expect((failed as {stderr: string}).stderr).toBe(
    `search: ${path.join(empty, 'pagefind', 'pagefind.js')}: not found; build the site first (npm run build)\n`
  )
})

test('a bad --limit and a missing query are reported, not searched', async () => {
  await expect(run('--dist', dist, '--limit', 'ten', 'الجيش')).rejects.toMatchObject({
    code: 1,
    stderr: 'search: --limit: expected a whole number, not `ten`\n'
  })
  await expect(run('--dist', dist)).rejects.toMatchObject({code: 1, stderr: expect.stringMatching(/^search: expected a query or --queries <file>/)})
})
