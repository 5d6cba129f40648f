import {mkdir, rename, rm} from 'node:fs/promises'
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
  try {
    await new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL('./build-site-worker.ts', import.meta.url), {workerData: job, env})
      worker.once('error', reject)
      worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The site build stopped with code ${code}.`))))
    })
  } finally {
    await removal
  }
  return (performance.now() - started) / 1000
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
