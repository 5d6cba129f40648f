import {mkdir, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {z} from 'astro/zod'
import {parseWithFriendlyErrors} from '../../src/shared/schemas/friendly-errors.ts'
import {escapeHtml} from '../../src/shared/search/excerpt.ts'
import {ACTOR_TYPE_LABELS} from '../../src/shared/search/labels.ts'
import {buildSearchIndex} from '../../scripts/search/build-index.ts'

/** A tiny page of a search case: an article, as the site marks it up for Pagefind. */
export const TinyPageSchema = z.object({
  /** Headline (the page's `<h1>`). */
  title: z.string().min(1),
  /** Paragraphs, separated by blank lines. */
  body: z.string().default(''),
  /** ISO date: meta, year filter, date sort. */
  date: z.string().optional(),
  outlet: z.string().optional(),
  actors: z
    .array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.enum(['person', 'organization', 'place']),
        /** Whether the site has a page for the actor. Default: `true`. */
        page: z.boolean().default(true),
        /** Other names, listed in the site's `/actors.json` as the registry's aliases are. */
        aliases: z.array(z.string()).optional()
      })
    )
    .default([])
})
export type TinyPage = z.output<typeof TinyPageSchema>

/**
 * A page as the article page renders it: chrome around the article (a
 * header and navigation Pagefind must not index), `data-pagefind-body` on
 * the article, meta, filters and sort key in a hidden element, as
 * `SearchData.astro` writes them.
 */
export function renderTinyPage(page: TinyPage): string {
  const paragraphs = page.body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
  const data = [
    page.date && `<span data-pagefind-meta="date">${page.date}</span>`,
    page.outlet && `<span data-pagefind-meta="outlet">${escapeHtml(page.outlet)}</span>`,
    page.outlet && `<span data-pagefind-filter="outlet">${escapeHtml(page.outlet)}</span>`,
    page.date && `<span data-pagefind-filter="year">${page.date.slice(0, 4)}</span>`,
    `<span data-pagefind-sort="date">${page.date ? new Date(page.date).toISOString() : '0000-00-00T00:00:00.000Z'}</span>`,
    ...page.actors.map(
      (actor) =>
        `<data value="${actor.id}" data-actor-type="${actor.type}" data-pagefind-filter="actor">${escapeHtml(actor.name)}</data>`
    ),
    ...[...new Set(page.actors.map((actor) => actor.type))].map(
      (type) => `<span data-pagefind-filter="actor_type">${ACTOR_TYPE_LABELS[type]}</span>`
    )
  ].filter(Boolean)
  return `<!doctype html><html lang="ar" dir="rtl"><head><title>${escapeHtml(page.title)}</title></head><body>
<header><a href="/">أرشيف</a><nav><a href="/">القائمة الرئيسية</a></nav></header>
<main><article data-pagefind-body><h1>${escapeHtml(page.title)}</h1>${paragraphs.join('')}
<div hidden data-pagefind-ignore>${data.join('')}</div></article></main>
<footer>حقوق النشر محفوظة</footer></body></html>`
}

/**
 * Write `pages` (name → page, served at `/articles/<name>/`) into `dist`,
 * with a page for each actor they name (`/actors/<id>/`, not searchable
 * itself, as on the site), and index them with the real index build.
 */
export async function buildTinySite(dist: string, pages: Record<string, unknown>, source: string): Promise<void> {
  await rm(dist, {recursive: true, force: true})
  const write = async (route: string, html: string) => {
    await mkdir(path.join(dist, route), {recursive: true})
    await writeFile(path.join(dist, route, 'index.html'), html)
  }
  const actorsJson = new Map<string, {id: string; name: string; aliases?: string[]}>()
  for (const [name, input] of Object.entries(pages)) {
    const page = parseWithFriendlyErrors(TinyPageSchema, input, `${source}: page \`${name}\``)
    await write(`articles/${name}`, renderTinyPage(page))
    for (const actor of page.actors.filter((actor) => actor.page)) {
      await write(`actors/${actor.id}`, `<!doctype html><html lang="ar" dir="rtl"><body><h1>${escapeHtml(actor.name)}</h1></body></html>`)
      actorsJson.set(actor.id, {id: actor.id, name: actor.name, ...(actor.aliases && {aliases: actor.aliases})})
    }
  }
  await writeFile(path.join(dist, 'actors.json'), JSON.stringify({actors: [...actorsJson.values()]}))
  await buildSearchIndex(dist)
}
