// @ts-check
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'
import {normalizeBase} from './src/site/paths.ts'

/**
 * The public address and the base path the archive is served under.
 * `ARSHIF_BASE=/archive/` builds a site that lives in a subfolder.
 */
const site = process.env.ARSHIF_SITE ?? 'https://arshif.example.org'
const base = normalizeBase(process.env.ARSHIF_BASE ?? '/')

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {format: 'directory'},
  markdown: {
    // Articles go through the site's own unified pipeline
    // (src/site/content/render-article.ts); this is for any other Markdown.
    // Smart quotes and GFM autolinks are off: text stays as written.
    syntaxHighlight: false,
    processor: unified({gfm: false, smartypants: false})
  }
})
