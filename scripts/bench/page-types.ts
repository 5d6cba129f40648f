import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'

export interface PageOfType {
  type: string
  /** Path under the site's base, without a leading slash. */
  path: string
}

/**
 * One page of each type of a built site, the heavy or typical one, for
 * measuring: home; the article page of median size; the timeline of the
 * most covered actor; the actors index; the biggest month archive; a
 * search for the most covered person's name.
 */
export async function pageOfEachType(dist: string): Promise<PageOfType[]> {
  const {actors} = JSON.parse(await readFile(path.join(dist, 'actors.json'), 'utf8')) as {
    actors: {id: string; name: string; type: string; articleCount: number}[]
  }
  const byCoverage = actors.toSorted((a, b) => b.articleCount - a.articleCount)
  const person = byCoverage.find((actor) => actor.type === 'person')
  if (!byCoverage[0] || !person) throw new Error(`${dist}: the site has no actors to measure a timeline and a search with`)
  return [
    {type: 'home', path: ''},
    {type: 'article', path: await medianArticle(dist)},
    {type: 'actor timeline', path: `actors/${byCoverage[0].id}/`},
    {type: 'actors index', path: 'actors/'},
    {type: 'month archive', path: await biggestMonth(dist)},
    {type: 'search with a query', path: `search/?q=${encodeURIComponent(person.name)}`}
  ]
}

async function medianArticle(dist: string): Promise<string> {
  const ids = await readdir(path.join(dist, 'articles'))
  const sized = await Promise.all(
    ids.map(async (id) => ({id, size: (await stat(path.join(dist, 'articles', id, 'index.html')).catch(() => undefined))?.size}))
  )
  const pages = sized.filter((page) => page.size !== undefined).sort((a, b) => a.size! - b.size! || a.id.localeCompare(b.id))
  if (pages.length === 0) throw new Error(`${dist}: no article pages`)
  return `articles/${pages[Math.floor(pages.length / 2)].id}/`
}

async function biggestMonth(dist: string): Promise<string> {
  const archive = path.join(dist, 'archive')
  let biggest: {path: string; size: number} | undefined
  for (const year of (await readdir(archive)).filter((name) => /^\d{4}$/.test(name))) {
    for (const month of (await readdir(path.join(archive, year))).filter((name) => /^\d{2}$/.test(name))) {
      const size = (await stat(path.join(archive, year, month, 'index.html')).catch(() => undefined))?.size ?? 0
      if (!biggest || size > biggest.size) biggest = {path: `archive/${year}/${month}/`, size}
    }
  }
  if (!biggest) throw new Error(`${dist}: no month archive pages`)
  return biggest.path
}
