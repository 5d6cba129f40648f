import {readFile, rm, mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {build} from 'astro'
import {fingerprintPaths} from '../ingest/fingerprint.ts'

export interface SiteOptions {
  /** Content folder the collections load from (default: `content`). */
  content?: string
  /** Output folder (default: `dist`). */
  outDir?: string
  /** Base path, for a site served from a subfolder (default: `ARSHIF_BASE`, else `/`). */
  base?: string
}

/**
 * Code whose output Astro caches with each article (the Markdown plugins
 * run once per changed article and their HTML is kept in the content
 * cache). Astro notices changed articles and config, not changed plugin
 * code, so a change here empties the cache.
 */
const RENDER_CODE = ['src/site/markdown', 'src/shared']

/**
 * Run the Astro build. The content folder reaches `src/content.config.ts`
 * through `ARSHIF_CONTENT` and the base path reaches `astro.config.mjs`
 * (and so the Markdown plugins' links) through `ARSHIF_BASE`, so tests
 * can build from their own content, under any base, without touching the
 * project's.
 */
export async function buildSite(options: SiteOptions = {}): Promise<number> {
  const started = performance.now()
  const content = path.resolve(options.content ?? 'content')
  const cacheDir = path.join(content, '.astro-cache')
  await dropStaleRenders(cacheDir)
  const previous = {content: process.env.ARSHIF_CONTENT, base: process.env.ARSHIF_BASE}
  process.env.ARSHIF_CONTENT = content
  if (options.base !== undefined) process.env.ARSHIF_BASE = options.base
  try {
    await build({
      root: process.cwd(),
      outDir: path.resolve(options.outDir ?? 'dist'),
      // Each content folder keeps its own content-layer cache.
      cacheDir,
      logLevel: 'warn'
    })
  } finally {
    restore('ARSHIF_CONTENT', previous.content)
    restore('ARSHIF_BASE', previous.base)
  }
  return (performance.now() - started) / 1000
}

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}

/** Empty Astro's content cache when the code that rendered it has changed. */
async function dropStaleRenders(cacheDir: string) {
  const stamp = path.join(cacheDir, 'render-code.sha256')
  const current = await fingerprintPaths(RENDER_CODE)
  const previous = await readFile(stamp, 'utf8').catch(() => undefined)
  if (previous === current) return
  await rm(path.join(cacheDir, 'data-store.json'), {force: true})
  await mkdir(cacheDir, {recursive: true})
  await writeFile(stamp, current)
}
