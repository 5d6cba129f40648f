// @ts-check
import {unified} from '@astrojs/markdown-remark'
import {defineConfig} from 'astro/config'
import {remarkCollectActorSentences} from './src/site/markdown/remark-collect-actor-sentences.ts'
import {remarkCollectLead} from './src/site/markdown/remark-collect-lead.ts'
import {remarkLinkActors} from './src/site/markdown/remark-link-actors.ts'
import {createPaths} from './src/site/paths.ts'

/**
 * The public address and the base path the archive is served under.
 * `ARSHIF_BASE=/archive/` builds a site that lives in a subfolder.
 */
const site = process.env.ARSHIF_SITE ?? 'https://arshif.example.org'
const base = process.env.ARSHIF_BASE ?? '/'
const paths = createPaths(base)

export default defineConfig({
  site,
  base: paths.base,
  trailingSlash: 'always',
  build: {format: 'directory'},
  markdown: {
    // No code blocks in news text: skip loading a highlighter.
    syntaxHighlight: false,
    // The remark/rehype pipeline (not Astro 7's default Sätteri), so the
    // site's own unified plugins can run. Smart quotes and GFM autolinks
    // are off: the archive shows the text as the source wrote it.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        // Actor mentions link to the actors' timelines (first mention per section).
        [remarkLinkActors, {href: (/** @type {{id: string}} */ actor) => paths.actor(actor.id)}],
        // The sentence mentioning each actor, for the timelines.
        remarkCollectActorSentences,
        // The first paragraph, for lists, feeds and descriptions.
        remarkCollectLead
      ]
    })
  }
})
