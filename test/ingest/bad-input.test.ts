import {execFile} from 'node:child_process'
import {promisify} from 'node:util'
import {expect, test} from 'vitest'
import {runIngest, writeSeeds} from '../helpers/ingest.ts'
import {tempDir} from '../helpers/temp-dir.ts'
import {NODE_ARGS} from '../helpers/node-args.ts'

const good = 'أعلن المتحدث باسم الحكومة أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.'
const record = (id: string, extra: Record<string, unknown> = {}) => JSON.stringify({id, title: 'عنوان', date: '2018-01-01', text: good, ...extra})

const badSeeds = {
  'empty.txt': '',
  'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  'latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]),
  'huge.txt': `${good}\n`.repeat(41_000),
  'bad-date.txt': good,
  'bad-date.meta.yaml': 'date: 2019-02-30\n',
  'good.txt': good,
  'records.jsonl': [record('r-1'), '{"id": "r-2", "text": ', record('good'), record('r-3', {date: 'أمس'}), record('r-4')].join('\n')
}

test('each bad input gets one line naming the file (and line) and the reason; the rest ingests', async () => {
  const run = await runIngest(await writeSeeds(badSeeds))
  expect(run.lines).toEqual([
    'bad-date.txt: error: invalid date "2019-02-30": expected ISO 8601, such as 2019-04-07 or 2019-04-07T10:30:00+02:00  [invalid-date]',
    'binary.txt: error: file holds NUL bytes: binary data, or UTF-16 without a byte order mark (save it as UTF-8)  [binary]',
    'empty.txt: error: file is empty  [empty]',
    'huge.txt: error: file is 5.1 MiB, over the 5.0 MiB limit for one article  [oversized]',
    'latin1.txt: error: file is neither UTF-8, UTF-16 with a byte order mark, nor Windows-1256 Arabic  [undecodable]',
    expect.stringMatching(/^records\.jsonl:2: error: malformed JSON: .+ {2}\[malformed-json\]$/),
    'records.jsonl:3: error: duplicate id `good`: already used by good.txt  [duplicate-id]',
    'records.jsonl:4: error: invalid date "أمس": expected ISO 8601, such as 2019-04-07 or 2019-04-07T10:30:00+02:00  [invalid-date]'
  ])
  expect(Object.keys(run.articles)).toEqual(['good', 'r-1', 'r-4'])
  expect({written: run.written, failed: run.failed}).toEqual({written: 3, failed: 8})
})

test('the CLI prints the problems and a summary; --strict exits non-zero', async () => {
  const seeds = await writeSeeds({'good.txt': good, 'empty.txt': ''})
  const out = await tempDir()
  const cli = new URL('../../scripts/cli/ingest.ts', import.meta.url).pathname
  const run = promisify(execFile)
  const lenient = await run(process.execPath, [...NODE_ARGS, cli, '--seeds', seeds, '--out', out])
  expect(lenient.stderr).toBe(`${seeds}/empty.txt: error: file is empty  [empty]\n`)
  expect(lenient.stdout).toMatch(/^ingest: 1 written, 0 unchanged, 1 failed, 0 removed in \d+\.\d s/)
  const strict = run(process.execPath, [...NODE_ARGS, cli, '--seeds', seeds, '--out', out, '--strict'])
  await expect(strict).rejects.toMatchObject({code: 1})
})

test('a missing seeds folder is one clear line and a non-zero exit', async () => {
  const cli = new URL('../../scripts/cli/ingest.ts', import.meta.url).pathname
  const run = promisify(execFile)(process.execPath, [...NODE_ARGS, cli, '--seeds', '/nonexistent/seeds', '--out', await tempDir()])
  await expect(run).rejects.toMatchObject({code: 1, stderr: 'ingest: no such file or folder: /nonexistent/seeds\n'})
})

test('unreadable metadata names the sidecar or frontmatter; unknown fields are warnings', async () => {
  const run = await runIngest(
    await writeSeeds({
      'a.txt': good,
      'a.meta.yaml': 'title: [unclosed\n',
      'b.txt': good,
      'b.meta.json': '["not", "a", "mapping"]',
      'c.md': '---\ntitle: "x\n---\n\nنص',
      'd.txt': good,
      'd.meta.yaml': 'title: عنوان\nsection: سياسة\n'
    })
  )
  expect(run.lines).toEqual([
    expect.stringMatching(/^a\.txt: error: cannot parse sidecar a\.meta\.yaml: .+ {2}\[invalid-metadata\]$/),
    'b.txt: error: sidecar b.meta.json must be a mapping of fields  [invalid-metadata]',
    expect.stringMatching(/^c\.md:2: error: cannot parse frontmatter: .+ {2}\[invalid-metadata\]$/),
    'd.txt: warning: unknown metadata field `section` ignored (known: id, title, date, url, outlet, author, source, category)  [unknown-field]'
  ])
  expect(Object.keys(run.articles)).toEqual(['d'])
})

test('a record whose text is only boilerplate, or absent, is kept as a title-only article; one with neither title nor text is an error', async () => {
  const boilerplate = 'لمشاهدة التقرير اضغط هنا.'
  const run = await runIngest(
    await writeSeeds({
      'records.jsonl': [
        JSON.stringify({id: 'video', title: 'تقرير مصور', date: '2018-01-01', url: 'https://example.org/v', text: boilerplate}),
        JSON.stringify({id: 'gallery', title: 'صور من الحدث', date: '2018-01-02'}),
        JSON.stringify({id: 'nothing', date: '2018-01-03', text: boilerplate}),
        JSON.stringify({id: 'nothing-at-all', date: '2018-01-04'}),
        JSON.stringify({id: 'dots', title: ' ', text: '. . .\n" "'}),
        JSON.stringify({id: 'dots-first', text: '. … ثم جاء النص.'}),
        record('full')
      ].join('\n')
    })
  )
  expect(run.lines).toEqual([
    'records.jsonl:3: error: no text left after cleaning, and no title  [empty]',
    'records.jsonl:4: error: record has neither `text` nor `title`  [empty]',
    'records.jsonl:5: error: no text left after cleaning, and no title  [empty]'
  ])
  expect(Object.keys(run.articles)).toEqual(['dots-first', 'full', 'gallery', 'video'])
  expect(run.articles['dots-first']).toContain('title: "… ثم جاء النص"')
  expect(run.articles.video).toContain('kind: "title-only"')
  expect(run.articles.video).not.toContain(boilerplate)
  expect(run.articles.full).not.toContain('kind:')
  expect({written: run.written, titleOnly: run.titleOnly, failed: run.failed}).toEqual({written: 4, titleOnly: 2, failed: 3})
})
