import {existsSync} from 'node:fs'
import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {normalizeBase} from '../../src/site/paths.ts'

export interface SiteOptions {
  /** Content folder the site reads (default: `content`). */
  content?: string
  /** Output folder (default: `dist`). */
  outDir?: string
  /** Base path, for a site served from a subfolder (default: `ARSHIF_BASE`, else `/`). */
  base?: string
}

/** What the build worker is given. */
export interface BuildJob {
  root: string
  outDir: string
  cacheDir: string
}

/**
 * Run the Astro build, in a worker thread of its own: Astro loads the
 * built pages as ES modules, and a second build in the same thread would
 * get the first build's modules back from the module cache (a build under
 * another base path would link to the old one). The content folder and
 * the base path reach the site through `ARSHIF_CONTENT` and `ARSHIF_BASE`,
 * so tests can build from their own content, under any base, without
 * touching the project's.
 */
export async function buildSite(options: SiteOptions = {}): Promise<number> {
  const started = performance.now()
  const content = path.resolve(options.content ?? 'content')
  const outDir = path.resolve(options.outDir ?? 'dist')
  // Astro empties its output folder file by file before building, which
  // for a site of 100,000 pages takes longer than building them: move the
  // previous build aside and delete it while the new one builds.
  const previousBuild = await moveAside(outDir)
  const removal = previousBuild ? rm(previousBuild, {recursive: true, force: true}) : Promise.resolve()
  const env: NodeJS.ProcessEnv = {...process.env, ARSHIF_CONTENT: content}
  // Vite's own `import.meta.env` names, which a test runner built on Vite
  // puts in the environment: left there, `BASE_URL=/` overrides the base.
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX']) delete env[name]
  if (options.base !== undefined) env.ARSHIF_BASE = normalizeBase(options.base)
  const job: BuildJob = {root: process.cwd(), outDir, cacheDir: path.join(content, '.astro-cache')}
  const unfinished = await startCachedBuild(job.cacheDir)
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./build-site-worker.ts', import.meta.url), {workerData: job, env})
      worker.once('error', reject)
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The site build stopped with code ${code}.`))))
    })
    await rm(unfinished)
  } finally {
    await removal
  }
  return (performance.now() - started) / 1000
}

/** Astro's record of the last build's pages and their cache keys, in its cache directory. */
const INCREMENTAL_MANIFEST = 'incremental-build.json'
/** Stands in the cache directory while a build runs. */
const UNFINISHED = 'arshif-build-unfinished'

/**
 * Mark the cache directory as in use by a build, first forgetting the
 * last build's pages if a build there did not finish. Astro stores each
 * page it renders in its cache as it goes but records their keys only at
 * the end: after a failed or killed build, a page's stored copy can be
 * newer than its recorded key, and a later build whose data returned to
 * that key would publish the wrong copy. Returns the mark, to remove once
 * the build is done.
 */
async function startCachedBuild(cacheDir: string): Promise<string> {
  const mark = path.join(cacheDir, UNFINISHED)
  if (existsSync(mark)) await rm(path.join(cacheDir, INCREMENTAL_MANIFEST), {force: true})
  await mkdir(cacheDir, {recursive: true})
  await writeFile(mark, '')
  return mark
}

/** Rename `outDir` into a scratch folder; its new path, or `undefined` when there was nothing to move. */
async function moveAside(outDir: string): Promise<string | undefined> {
  const aside = path.resolve('node_modules/.cache/arshif-previous-builds', `${path.basename(outDir)}-${process.pid}-${Date.now()}`)
  await mkdir(path.dirname(aside), {recursive: true})
  try {
    await rename(outDir, aside)
    return aside
  } catch {
    return undefined // nothing built before (or another file system: then Astro empties it)
  }
}
