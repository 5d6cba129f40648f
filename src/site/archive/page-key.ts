import {createHash} from 'node:crypto'
import type {ArchiveArticle} from './archive-article.ts'

/**
 * A page's `cacheKey` for Astro's incremental build
 * (`experimental.incrementalBuild` in `astro.config.mjs`): a hash of the
 * data the page shows. Astro hashes the page's code itself; when both
 * match the last build, it copies that build's page instead of rendering
 * it again. So the data must be all the page reads besides its code:
 * each route builds a page's data in `getStaticPaths`, keys it, and hands
 * it to the page as its props. Articles go in as `articleDigest`s.
 */
export function pageKey(data: unknown): string {
  return hash(JSON.stringify(data))
}

const digests = new WeakMap<ArchiveArticle, string>()

/**
 * A hash of the whole article record, once per build: an article stands
 * on many pages (its actors' timelines, its story), and its record is
 * complete (lead and sentences included) before any page is built.
 */
export function articleDigest(article: ArchiveArticle): string {
  let digest = digests.get(article)
  if (digest === undefined) digests.set(article, (digest = hash(JSON.stringify(article))))
  return digest
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url')
}
