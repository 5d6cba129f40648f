import {createHash} from 'node:crypto'
import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {compareHashes, FIXITY_FILE, hashFolder, readFixityManifest, writeFixityManifest} from '../../scripts/fixity/fixity-manifest.ts'
import {verifyContent, verifyDist} from '../../scripts/fixity/verify.ts'
import {MANIFEST_NAME, readManifest} from '../../scripts/ingest/write/manifest.ts'
import {runIngest, writeSeeds} from '../helpers/ingest.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')

test('the ingest records the SHA-256 of each input and of each Markdown file it wrote', async () => {
  const record = JSON.stringify({id: 'j1', title: 'عنوان', text: 'نص المقال الأول.'})
  const seeds = await writeSeeds({'a.txt': 'نص المقال.\n', 'a.meta.yaml': 'title: عنوان\n', 'b.jsonl': `${record}\r\n`})
  const run = await runIngest(seeds)
  const {articles} = await readManifest(path.join(run.out, MANIFEST_NAME))
  expect(articles.a.inputSha256).toBe(sha256(Buffer.concat([Buffer.from('نص المقال.\n'), Buffer.from('title: عنوان\n')])))
  expect(articles.j1.inputSha256).toBe(sha256(record))
  for (const id of ['a', 'j1']) expect(articles[id].markdownSha256).toBe(sha256(run.articles[id]))
  expect(await verifyContent(run.out)).toEqual({folder: run.out, files: 2, problems: []})
})

test('verifyContent names an article changed, missing or added since the ingest', async () => {
  const run = await runIngest(await writeSeeds({'a.txt': 'نص أول.', 'b.txt': 'نص ثان.'}))
  await writeFile(path.join(run.out, 'articles/a.md'), `${run.articles.a}\nسطر مضاف\n`)
  await rm(path.join(run.out, 'articles/b.md'))
  await writeFile(path.join(run.out, 'articles/c.md'), '---\nid: "c"\n---\n')
  expect((await verifyContent(run.out)).problems).toEqual([
    {file: 'articles/a.md', problem: 'changed'},
    {file: 'articles/b.md', problem: 'missing'},
    {file: 'articles/c.md', problem: 'added'}
  ])
})

test('verifyContent says so when the last ingest was stopped in its archive pass', async () => {
  const run = await runIngest(await writeSeeds({'a.txt': 'نص أول.'}))
  const manifestFile = path.join(run.out, MANIFEST_NAME)
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'))
  delete manifest.archiveNames
  await writeFile(manifestFile, JSON.stringify(manifest))
  expect((await verifyContent(run.out)).unrecorded).toMatch(/the last ingest was stopped in its archive pass; run it again$/)
})

test('the fixity manifest of a folder: sha256sum lines sorted by path, read back as written', async () => {
  const folder = await tempDir('arshif-fixity-')
  await writeFile(path.join(folder, 'index.html'), 'صفحة')
  await writeFile(path.join(folder, 'a.css'), 'body{}')
  expect(await writeFixityManifest(folder)).toBe(2)
  expect(await readFile(path.join(folder, FIXITY_FILE), 'utf8')).toBe(`${sha256('body{}')}  a.css\n${sha256('صفحة')}  index.html\n`)
  expect(await readFixityManifest(folder)).toEqual(await hashFolder(folder))
  expect(await verifyDist(folder)).toEqual({folder, files: 2, problems: []})
  expect((await verifyDist(path.join(folder, 'nowhere'))).unrecorded).toMatch(/manifest-sha256\.txt: missing; build the site/)
})

test('compareHashes: changed, missing and added, sorted by path', () => {
  const recorded = new Map([['a', '1'], ['b', '2'], ['c', '3']])
  const now = new Map([['a', '1'], ['b', 'x'], ['d', '4']])
  expect(compareHashes(recorded, now)).toEqual([
    {file: 'b', problem: 'changed'},
    {file: 'c', problem: 'missing'},
    {file: 'd', problem: 'added'}
  ])
})
