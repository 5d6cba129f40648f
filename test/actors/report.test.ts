import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {expect, test} from 'vitest'
import {formatSummary} from '../../scripts/actors/report/format-summary.ts'
import {summarizeActors} from '../../scripts/actors/report/summarize-actors.ts'
import {runIngest, writeSeeds} from '../helpers/ingest.ts'
import {NODE_ARGS} from '../helpers/node-args.ts'

const seeds = {
  'a.txt': 'قال ترامب إن روسيا تهدد طرابلس.\nوأضاف دونالد ترامب أن الوضع في طرابلس خطير.',
  'b.txt': 'زار الرئيس ترامب روسيا.',
  'c.txt': 'وصل وفد إلى بطرابلس.',
  'd.txt': 'لا أحد هنا.'
}

test('sums the articles’ actors: article and mention counts, types, forms with their article counts', async () => {
  const run = await runIngest(await writeSeeds(seeds))
  const summary = await summarizeActors(run.out)
  expect(summary).toEqual({
    articles: 4,
    withActors: 3,
    actors: [
      {id: 'donald-trump', name: 'دونالد ترامب', type: 'person', articles: 2, mentions: 3, forms: [['الرئيس ترامب', 1], ['دونالد ترامب', 1], ['ترامب', 1]], tagged: false},
      {id: 'russia', name: 'روسيا', type: 'place', articles: 2, mentions: 2, forms: [['روسيا', 2]], tagged: false},
      {id: 'tripoli', name: 'طرابلس', type: 'place', articles: 2, mentions: 3, forms: [['بطرابلس', 1], ['طرابلس', 1]], tagged: false}
    ].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
  })
  expect(formatSummary(summary, {limit: 1, forms: 2})).toEqual([
    '3 actors (3 from the registry, 0 tagged) in 3 of 4 articles',
    '',
    ' rank articles mentions  type         id                                   name',
    '    1        2        3  person       donald-trump                         دونالد ترامب',
    '                         forms: الرئيس ترامب (1)، دونالد ترامب (1)، and 1 more'
  ])
})

test('`npm run actors` prints the report; a missing folder is one line and exit status 1', async () => {
  const run = await runIngest(await writeSeeds(seeds))
  const cli = new URL('../../scripts/cli/actors.ts', import.meta.url).pathname
  const {stdout} = await promisify(execFile)(process.execPath, [...NODE_ARGS, cli, '--content', run.out, '--limit', '2'])
  expect(stdout.split('\n').slice(0, 1)).toEqual(['3 actors (3 from the registry, 0 tagged) in 3 of 4 articles'])
  expect(stdout).toContain('donald-trump')
  const missing = await promisify(execFile)(process.execPath, [...NODE_ARGS, cli, '--content', '/nonexistent']).catch((error: unknown) => error as {code: number; stderr: string})
  expect(missing).toMatchObject({code: 1, stderr: 'actors: cannot read /nonexistent/articles: no such folder\n'})
})
