import path from 'node:path'
import {build} from 'astro'

export interface SiteOptions {
  /** Content folder the collections load from (default: `content`). */
  content?: string
  /** Output folder (default: `dist`). */
  outDir?: string
  /** Base path, for a site served from a subfolder (default: from `astro.config.mjs`). */
  base?: string
}

/**
 * Run the Astro build. The content folder reaches `src/content.config.ts`
 * through `ARSHIF_CONTENT`, so tests can build from their own content
 * without touching the project's.
 */
export async function buildSite(options: SiteOptions = {}): Promise<number> {
  const started = performance.now()
  const content = path.resolve(options.content ?? 'content')
  const previous = process.env.ARSHIF_CONTENT
  process.env.ARSHIF_CONTENT = content
  try {
    await build({
      root: process.cwd(),
      outDir: path.resolve(options.outDir ?? 'dist'),
      base: options.base,
      // Each content folder keeps its own content-layer cache.
      cacheDir: path.join(content, '.astro-cache'),
      logLevel: 'warn'
    })
  } finally {
    if (previous === undefined) delete process.env.ARSHIF_CONTENT
    else process.env.ARSHIF_CONTENT = previous
  }
  return (performance.now() - started) / 1000
}
