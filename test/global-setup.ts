import {existsSync} from 'node:fs'
import {cp, mkdir, rm, writeFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import type {TestProject} from 'vitest/node'
import {ingest} from '../scripts/ingest/run-ingest.ts'
import {buildSearchIndex} from '../scripts/search/build-index.ts'
import {buildSite} from '../scripts/site/build-site.ts'
import {findStories} from '../scripts/stories/find-stories.ts'
import {writeStories} from '../scripts/stories/stories-file.ts'
import {chromiumPath} from '../scripts/site/chromium.ts'

const output = fileURLToPath(new URL('.output/', import.meta.url))
const seeds = fileURLToPath(new URL('fixtures/site-seeds/', import.meta.url))
const siteContent = fileURLToPath(new URL('fixtures/site-content/', import.meta.url))
const projectRegistry = fileURLToPath(new URL('../content/actors/', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the test site built from `test/fixtures/site-seeds/`. */
    dist: string
    /** The same site built under the base path `BASE_PATH`. */
    distUnderBase: string
    /** The base path `distUnderBase` was built under. */
    basePath: string
  }
}

const BASE_PATH = '/arshif/'

/** Articles enough to make an actor's timeline run to a second page (50 a page). */
const BRIEFINGS = 55

/**
 * Build the test site once for every site, search and browser test:
 * the real ingest, the real Astro build, the real Pagefind index.
 *
 * Besides the ingested seeds, the content holds hand-written articles with
 * actors (`test/fixtures/site-content/`: clitic forms, quotes, an undated
 * article, an article tagged with a merged actor's former id), the
 * project's actor registry with a few fixture entries over it (and a
 * `_not-actors.yaml`, which is no actor), one event three outlets
 * reported (one of them republishing another's text: a story with a copy),
 * and a run of
 * generated briefings that makes one actor's timeline long enough to
 * paginate.
 */
export default async function setup(project: TestProject) {
  const content = `${output}content`
  const dist = `${output}dist`
  const distUnderBase = `${output}dist-base`
  // Unpack the bundled Chromium here, once, before the browser test files
  // launch it in parallel. A failure is not thrown here: each browser test
  // then fails with the message, and the other tests still run.
  await chromiumPath().catch(() => undefined)
  await rm(dist, {recursive: true, force: true})
  await rm(distUnderBase, {recursive: true, force: true})
  const ingested = await ingest({seeds, out: content})
  if (ingested.failed > 0) throw new Error(`test seeds failed to ingest: ${JSON.stringify(ingested.messages)}`)
  await cp(`${siteContent}articles`, `${content}/articles`, {recursive: true})
  // The registry the ingest tagged the seeds with, then the fixtures' own
  // entries over it (one of them with a former id, for the redirect).
  await rm(`${content}/actors`, {recursive: true, force: true})
  if (existsSync(projectRegistry)) await cp(projectRegistry, `${content}/actors`, {recursive: true})
  await cp(`${siteContent}actors`, `${content}/actors`, {recursive: true})
  await writeBriefings(`${content}/articles`)
  // The stories of all of it, as the ingest groups them (the hand-written articles did not come through it).
  await writeStories(content, {basis: '', stories: await findStories(content)})
  await buildSite({content, outDir: dist})
  await buildSearchIndex(dist)
  await buildSite({content, outDir: distUnderBase, base: BASE_PATH})
  await buildSearchIndex(distUnderBase)
  project.provide('dist', dist)
  project.provide('distUnderBase', distUnderBase)
  project.provide('basePath', BASE_PATH)
}

/**
 * Short daily briefings, one a day from 2019-01-01, each naming the UN
 * envoy (a registry actor) and a place the tagger found (an `ar-` id, made
 * as the tagger makes it, in enough articles to get a page). The place is
 * fictional, so no registry can list it under another id.
 */
async function writeBriefings(folder: string) {
  await mkdir(folder, {recursive: true})
  for (let index = 1; index <= BRIEFINGS; index++) {
    const day = new Date(Date.UTC(2019, 0, index)).toISOString().slice(0, 10)
    const id = `fx-briefing-${String(index).padStart(2, '0')}`
    await writeFile(
      `${folder}/${id}.md`,
      [
        '---',
        `id: "${id}"`,
        `title: "إحاطة يومية رقم ${index} حول واحة السراب"`,
        `date: "${day}"`,
        'outlet: "نشرة الاختبار"',
        'lang: "ar"',
        'actors:',
        '  - id: "ghassan-salame"',
        '    name: "غسان سلامة"',
        '    type: "person"',
        '    mentions: 1',
        '    forms: ["غسان سلامة"]',
        '  - id: "ar-wah1h-alsrab"',
        '    name: "واحة السراب"',
        '    type: "place"',
        '    mentions: 1',
        '    forms: ["واحة السراب"]',
        '---',
        '',
        `قدم غسان سلامة إحاطته اليومية رقم ${index} عن الوضع في واحة السراب.`,
        ''
      ].join('\n')
    )
  }
}
