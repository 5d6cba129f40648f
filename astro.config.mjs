// @ts-check
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'
import {baseFromEnvironment, siteFromEnvironment} from './src/site/paths.ts'

/**
 * The public address and the base path the archive is served under.
 * `ARSHIF_BASE=/archive/` builds a site that lives in a subfolder.
 */
const site = siteFromEnvironment()
const base = baseFromEnvironment()

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Pages render one at a time on one thread; each then waits on its
    // writes (a folder, a file). Four at a time keep the thread busy while
    // the writes finish: on the corpus the thread went from about a quarter
    // idle to almost never. Output is the same, page for page.
    concurrency: 4
  },
  experimental: {
    // A page whose data (its `cacheKey`, see src/site/archive/page-key.ts)
    // and code are those of the last build is copied from that build, not
    // rendered again: adding a day's articles re-renders only the pages
    // they touch. The cache lives in the content folder's cache directory.
    incrementalBuild: true
  },
  markdown: {
    // Articles go through the site's own unified pipeline
    // (src/site/content/render-article.ts); this is for any other Markdown.
    // Smart quotes and GFM autolinks are off: text stays as written.
    syntaxHighlight: false,
    processor: unified({gfm: false, smartypants: false})
  }
})
