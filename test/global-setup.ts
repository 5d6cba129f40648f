import {rm} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import type {TestProject} from 'vitest/node'
import {ingest} from '../scripts/ingest/run-ingest.ts'
import {buildSearchIndex} from '../scripts/search/build-index.ts'
import {buildSite} from '../scripts/site/build-site.ts'

const output = fileURLToPath(new URL('.output/', import.meta.url))
const seeds = fileURLToPath(new URL('fixtures/site-seeds/', import.meta.url))

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the test site built from `test/fixtures/site-seeds/`. */
    dist: string
  }
}

/**
 * Build the test site once for every site, search and browser test:
 * the real ingest, the real Astro build, the real Pagefind index.
 */
export default async function setup(project: TestProject) {
  const content = `${output}content`
  const dist = `${output}dist`
  await rm(dist, {recursive: true, force: true})
  const ingested = await ingest({seeds, out: content})
  if (ingested.failed > 0) throw new Error(`test seeds failed to ingest: ${JSON.stringify(ingested.messages)}`)
  await buildSite({content, outDir: dist})
  await buildSearchIndex(dist)
  project.provide('dist', dist)
}
