import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {prepareStaging, publish, stagingFolder} from '../../scripts/site/publish.ts'
import {tempDir} from '../helpers/temp-dir.ts'
import {NODE_ARGS} from '../helpers/node-args.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cli = path.join(root, 'scripts/cli/build.ts')
const fixtureSeeds = path.join(root, 'test/fixtures/site-seeds')
const projectRegistry = path.join(root, 'content/actors')

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Run the build CLI; with `killAfter`, SIGKILL it as soon as its output has a line starting so. */
function build(work: string, killAfter?: string): Promise<Run> {
  return runNode([cli, '--seeds', path.join(work, 'seeds'), '--content', path.join(work, 'content'), '--dist', path.join(work, 'dist')], killAfter)
}

/** Run a script with this Node; with `killAfter`, SIGKILL it as soon as its output has a line starting so. */
function runNode(args: string[], killAfter?: string): Promise<Run> {
  const child = spawn(process.execPath, [...NODE_ARGS, ...args], {cwd: root})
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk
    if (killAfter && stdout.split('\n').some((line) => line.startsWith(killAfter))) child.kill('SIGKILL')
  })
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({code, signal, stdout, stderr})))
}

/** Every file of a folder with a hash of its bytes. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
  const hashes = await Promise.all(files.map(async (file) => createHash('sha256').update(await readFile(file)).digest('hex')))
  return Object.fromEntries(files.map((file, index) => [path.relative(folder, file), hashes[index]]).sort())
}

describe('a failed or killed build keeps the last good site', () => {
  let work: string
  let goodSite: Record<string, string>

  beforeAll(async () => {
    // One folder for the whole sequence (tempDir's are removed after each test).
    work = await mkdtemp(path.join(tmpdir(), 'arshif-publish-'))
    await cp(fixtureSeeds, path.join(work, 'seeds'), {recursive: true})
    await cp(projectRegistry, path.join(work, 'content/actors'), {recursive: true})
    const first = await build(work)
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    goodSite = await snapshot(path.join(work, 'dist'))
    expect(Object.keys(goodSite)).toContain('articles/escaping/index.html')
    expect(Object.keys(goodSite).some((file) => file.startsWith('pagefind/'))).toBe(true)
    // The next builds have one more article, so a half-published site would show.
    await writeFile(path.join(work, 'seeds/added.txt'), 'أعلن المتحدث باسم الحكومة أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.\n')
  })

  afterAll(() => rm(work, {recursive: true, force: true}))

  // Killed while Astro renders the pages, and while Pagefind indexes them.
  test.each(['ingest: CPU', 'astro:'])('killed after the line `%s`: dist/ is the last good site, file for file', async (line) => {
    const run = await build(work, line)
    expect(run.signal).toBe('SIGKILL')
    expect(await snapshot(path.join(work, 'dist'))).toEqual(goodSite)
  })

  test('a registry error fails the build naming the file; dist/ stays as it was', async () => {
    const bad = path.join(work, 'content/actors/bad-type.yaml')
    await writeFile(bad, 'name: "كوكب"\ntype: "planet"\n')
    const run = await build(work)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('bad-type.yaml')
    expect(run.stderr).toMatch(/^build: failed, the last good site is unchanged: /)
    expect(await snapshot(path.join(work, 'dist'))).toEqual(goodSite)
    await rename(bad, `${bad}.off`)
  })

  test('the next good build publishes the new site and leaves nothing behind', async () => {
    const run = await build(work)
    expect(run.code).toBe(0)
    const site = await snapshot(path.join(work, 'dist'))
    expect(Object.keys(site)).toContain('articles/added/index.html')
    expect((await readdir(work)).sort()).toEqual(['content', 'dist', 'seeds'])
  })

  test('the hosts\' _headers give a year\'s cache to hashed files only: each rule matches files of the built site, none of them HTML', async () => {
    const headers = await readFile(path.join(work, 'dist/_headers'), 'utf8')
    const patterns = headers.split('\n').filter((line) => line.startsWith('/'))
    expect(patterns.length).toBeGreaterThanOrEqual(4)
    const files = Object.keys(await snapshot(path.join(work, 'dist'))).map((file) => `/${file.split(path.sep).join('/')}`)
    for (const pattern of patterns) {
      const matcher = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`)
      const matched = files.filter((file) => matcher.test(file))
      expect(matched.length, pattern).toBeGreaterThan(0)
      expect(matched.filter((file) => file.endsWith('.html') || file.endsWith('.json')), pattern).toEqual([])
    }
    expect(headers).toContain('  Cache-Control: public, max-age=31536000, immutable')
  })

  test('verify finds the content and the site as written, then names each file changed, missing or added', async () => {
    const verify = () => runNode([path.join(root, 'scripts/cli/verify.ts'), '--content', path.join(work, 'content'), '--dist', path.join(work, 'dist')])
    const clean = await verify()
    expect(clean.stderr).toBe('')
    expect(clean.code).toBe(0)
    expect(clean.stdout).toMatch(/^verify: .*content\/: \d+ files recorded, 0 changed, 0 missing, 0 added\nverify: .*dist\/: \d+ files recorded, 0 changed, 0 missing, 0 added\n$/)

    await writeFile(path.join(work, 'dist/articles/added/index.html'), '<p>تغيير</p>')
    await rm(path.join(work, 'content/articles/escaping.md'))
    await writeFile(path.join(work, 'dist/extra.html'), '')
    const tampered = await verify()
    expect(tampered.code).toBe(1)
    expect(tampered.stderr.split('\n').filter(Boolean)).toEqual([
      `${path.join(work, 'content/articles/escaping.md')}: missing`,
      `${path.join(work, 'dist/articles/added/index.html')}: changed since it was written`,
      `${path.join(work, 'dist/extra.html')}: added since it was written (not recorded)`
    ])
  })
})

describe('publish and prepareStaging', () => {
  async function site(folder: string, text: string) {
    await mkdir(folder, {recursive: true})
    await writeFile(path.join(folder, 'index.html'), text)
  }
  const page = (folder: string) => readFile(path.join(folder, 'index.html'), 'utf8')

  test('publish swaps the staging folder in and removes the old site', async () => {
    const work = await tempDir()
    const dist = path.join(work, 'dist')
    await site(dist, 'old')
    await site(await prepareStaging(dist), 'new')
    await publish(dist)
    expect(await page(dist)).toBe('new')
    expect(await readdir(work)).toEqual(['dist'])
  })

  test('a swap killed between its two renames: the next run puts the old site back first', async () => {
    const work = await tempDir()
    const dist = path.join(work, 'dist')
    await site(`${dist}.previous`, 'old')
    await site(stagingFolder(dist), 'half-built')
    const staging = await prepareStaging(dist)
    expect(await page(dist)).toBe('old')
    expect(await readdir(work)).toEqual(['dist'])
    expect(staging).toBe(stagingFolder(dist))
  })
})
