import {mkdir, rename, rm} from 'node:fs/promises'
import path from 'node:path'
import {build} from 'astro'

export interface SiteOptions {
  /** Content folder the site reads (default: `content`). */
  content?: string
  /** Output folder (default: `dist`). */
  outDir?: string
  /** Base path, for a site served from a subfolder (default: `ARSHIF_BASE`, else `/`). */
  base?: string
}

/**
 * Run the Astro build. The content folder reaches the site through
 * `ARSHIF_CONTENT` and the base path reaches `astro.config.mjs` and the
 * site's own links through `ARSHIF_BASE`, so tests can build from their
 * own content, under any base, without touching the project's.
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
  const previous = {content: process.env.ARSHIF_CONTENT, base: process.env.ARSHIF_BASE}
  process.env.ARSHIF_CONTENT = content
  if (options.base !== undefined) process.env.ARSHIF_BASE = options.base
  try {
    await build({
      root: process.cwd(),
      outDir,
      // Each content folder keeps its own content-layer cache.
      cacheDir: path.join(content, '.astro-cache'),
      logLevel: 'warn'
    })
  } finally {
    restore('ARSHIF_CONTENT', previous.content)
    restore('ARSHIF_BASE', previous.base)
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

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
