import {existsSync} from 'node:fs'
import {cp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {buildSite} from '../../scripts/site/build-site.ts'
import {findStories} from '../../scripts/stories/find-stories.ts'
import {writeStories} from '../../scripts/stories/stories-file.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const fixtures = fileURLToPath(new URL('../fixtures/site-content/', import.meta.url))
const projectRegistry = fileURLToPath(new URL('../../content/actors/', import.meta.url))
/** Added by the second build: a copy of another outlet's report, so it joins that story as a copy. */
const ADDED = 'fx-truce-call-wire.md'

/** Astro's record of each page's cache key, by route and path. */
async function cacheKeys(content: string): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(path.join(content, '.astro-cache/incremental-build.json'), 'utf8'))
  const keys = new Map<string, string>()
  for (const {paths} of Object.values(manifest.routes) as {paths: Record<string, {cacheKey: string}>}[]) {
    for (const [page, {cacheKey}] of Object.entries(paths)) keys.set(page, cacheKey)
  }
  return keys
}

async function filesOf(dir: string): Promise<string[]> {
  return (await readdir(dir, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name))).sort()
}

/** A content folder with the fixture articles (all but `ADDED`) and their stories. */
async function baseContent(): Promise<string> {
  const content = await tempDir('arshif-incremental-')
  if (existsSync(projectRegistry)) await cp(projectRegistry, path.join(content, 'actors'), {recursive: true})
  await cp(path.join(fixtures, 'actors'), path.join(content, 'actors'), {recursive: true})
  await cp(path.join(fixtures, 'articles'), path.join(content, 'articles'), {recursive: true})
  await rm(path.join(content, 'articles', ADDED))
  await writeStories(content, {basis: '', stories: await findStories(content)})
  return content
}

describe('incremental site build', () => {
  it('re-renders only the pages an added article changes, and builds what a full build does', async () => {
    const content = await baseContent()
    const out = await tempDir('arshif-incremental-dist-')
    await buildSite({content, outDir: path.join(out, 'before')})
    const before = await cacheKeys(content)

    await cp(path.join(fixtures, 'articles', ADDED), path.join(content, 'articles', ADDED))
    await writeStories(content, {basis: '', stories: await findStories(content)})
    await buildSite({content, outDir: path.join(out, 'incremental')})
    const after = await cacheKeys(content)

    // The same content from scratch, without the first build's cache.
    const fresh = await tempDir('arshif-incremental-fresh-')
    for (const part of ['articles', 'actors', 'stories.json']) await cp(path.join(content, part), path.join(fresh, part), {recursive: true})
    await buildSite({content: fresh, outDir: path.join(out, 'full')})

    const incremental = await filesOf(path.join(out, 'incremental'))
    expect(incremental).toEqual(await filesOf(path.join(out, 'full')))
    for (const file of incremental) {
      const [a, b] = await Promise.all([readFile(path.join(out, 'incremental', file)), readFile(path.join(out, 'full', file))])
      expect(a.equals(b), `${file} differs from a full build`).toBe(true)
    }

    const changed = [...after].filter(([page, key]) => before.get(page) !== key).map(([page]) => page)
    // The new page, the story it joins (the other outlets' reports now list it as a copy), the envoy's timeline.
    expect(changed).toContain('/articles/fx-truce-call-wire/')
    expect(changed).toContain('/articles/fx-truce-call-bbc/')
    expect(changed.some((page) => page.startsWith('/stories/'))).toBe(true)
    expect(changed).toContain('/actors/ghassan-salame/')
    // The documents of an actor it does not name, and an article it is no neighbour of, were copied, not rendered.
    const unchanged = [...after.keys()].filter((page) => !changed.includes(page))
    expect(unchanged).toEqual(expect.arrayContaining(['/actors/mike-pompeo/', '/actors/mike-pompeo.json', '/actors/mike-pompeo/feed.xml', '/articles/fx-former-id/']))
  }, 240_000)

  it('copies a stored page only when the build that stored it finished', async () => {
    const content = await baseContent()
    const out = await tempDir('arshif-incremental-dist-')
    await buildSite({content, outDir: path.join(out, 'first')})
    // A page's stored copy no longer matching its recorded key, as a killed build leaves it.
    const page = 'articles/fx-former-id/index.html'
    await writeFile(path.join(content, '.astro-cache/dist', page), '<p>stale</p>')

    // After a finished build the stored copy is trusted: proof that unchanged pages are copied, not rendered.
    await buildSite({content, outDir: path.join(out, 'second')})
    expect(await readFile(path.join(out, 'second', page), 'utf8')).toBe('<p>stale</p>')

    // A build that did not finish leaves its mark: the next one renders every page again.
    await writeFile(path.join(content, '.astro-cache/arshif-build-unfinished'), '')
    await buildSite({content, outDir: path.join(out, 'third')})
    expect(await readFile(path.join(out, 'third', page), 'utf8')).toBe(await readFile(path.join(out, 'first', page), 'utf8'))
    expect(existsSync(path.join(content, '.astro-cache/arshif-build-unfinished'))).toBe(false)
  }, 240_000)
})
