import {escapeXml} from './xml.ts'

/** One page in a sitemap. */
export interface SitemapUrl {
  /** Absolute address. */
  loc: string
  /** `YYYY-MM-DD`. */
  lastmod?: string
}

/** A `<urlset>` sitemap (at most 50,000 URLs by the protocol: split with `chunk`). */
export function toSitemap(urls: readonly SitemapUrl[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const url of urls) {
    lines.push(`  <url><loc>${escapeXml(url.loc)}</loc>${url.lastmod ? `<lastmod>${url.lastmod}</lastmod>` : ''}</url>`)
  }
  lines.push('</urlset>', '')
  return lines.join('\n')
}

/** A sitemap index pointing at sitemap files (absolute addresses). */
export function toSitemapIndex(sitemaps: readonly string[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
  for (const loc of sitemaps) lines.push(`  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>`)
  lines.push('</sitemapindex>', '')
  return lines.join('\n')
}

/** `items` in runs of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size))
  return chunks
}

/** Addresses per sitemap file: well under the protocol's 50,000 and 50 MB. */
export const SITEMAP_SIZE = 10_000
