// @ts-check
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'

/**
 * The public address and the base path the archive is served under.
 * `ARSHIF_BASE=/archive/` builds a site that lives in a subfolder.
 */
const site = process.env.ARSHIF_SITE ?? 'https://arshif.example.org'
const base = process.env.ARSHIF_BASE ?? '/'

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {format: 'directory'},
  markdown: {
    // The remark/rehype pipeline (not Astro 7's default Sätteri), so the
    // site's own unified plugins can run. Smart quotes and GFM autolinks
    // are off: the archive shows the text as the source wrote it.
    processor: unified({gfm: false, smartypants: false})
  }
})
