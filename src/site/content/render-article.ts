import {rehypeHeadingIds} from '@astrojs/markdown-remark'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {ArticleActor} from '../../shared/schemas/actor.ts'
import type {Article} from '../../shared/schemas/article.ts'
import {ACTOR_SENTENCES_KEY, remarkCollectActorSentences} from '../markdown/remark-collect-actor-sentences.ts'
import {LEAD_KEY, remarkCollectLead} from '../markdown/remark-collect-lead.ts'
import {remarkLinkActors} from '../markdown/remark-link-actors.ts'

/** An article body made into HTML, with what the plugins collected on the way. */
export interface RenderedArticle {
  html: string
  /** The first paragraph, shortened. */
  lead: string
  /** Per actor id, the first sentence mentioning it. */
  sentences: Record<string, string>
}

export interface RendererOptions {
  /** Address of an actor's page, `undefined` for an actor without one (see `remarkLinkActors`). */
  actorHref: (actor: ArticleActor) => string | undefined
}

/**
 * The site's Markdown pipeline, one unified processor for every article:
 * parse → link actor mentions → collect each actor's sentence and the
 * lead → HTML with heading ids. Raw HTML in a body is dropped, never
 * passed through (the ingest escapes markup anyway).
 */
export function createArticleRenderer(options: RendererOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkLinkActors, {href: options.actorHref})
    .use(remarkCollectActorSentences)
    .use(remarkCollectLead)
    .use(remarkRehype)
    .use(rehypeHeadingIds)
    .use(rehypeStringify)
    .freeze()

  return function renderArticle(data: Article, body: string, path?: string): RenderedArticle {
    // The plugins read the frontmatter where Astro's Markdown pipeline puts it.
    const file = new VFile({value: body, path, data: {astro: {frontmatter: {...data}}}})
    const html = String(processor.processSync(file))
    const collected = file.data.astro?.frontmatter ?? {}
    return {
      html,
      lead: (collected[LEAD_KEY] as string | undefined) ?? '',
      sentences: (collected[ACTOR_SENTENCES_KEY] as Record<string, string> | undefined) ?? {}
    }
  }
}
