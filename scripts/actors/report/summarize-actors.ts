import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {parse as parseYaml} from 'yaml'
import type {ActorType, ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {DERIVED_ID_PREFIX} from '../resolve/name-to-actor-id.ts'

/** One actor across the archive, as the `actors` report lists it. */
export interface ActorSummary {
  id: string
  name: string
  /** The type most of its articles give it (they can differ for a tagged name). */
  type: ActorType
  /** Articles that list it. */
  articles: number
  /** Mentions, summed over those articles. */
  mentions: number
  /** Each form seen in the text, with the number of articles using it: most used first, then longest. */
  forms: [form: string, articles: number][]
  /** Found by the tagger, not in the registry (its id starts with `ar-`). */
  tagged: boolean
}

/** What the report covers. */
export interface ActorsSummary {
  articles: number
  /** Articles that list at least one actor. */
  withActors: number
  /** Most articles first, then most mentions, then by id. */
  actors: ActorSummary[]
}

/**
 * Read the `actors` of every article in `<content>/articles/` and sum them
 * up per actor.
 *
 * @throws {Error} naming the file when an article's frontmatter cannot be read.
 */
export async function summarizeActors(content: string): Promise<ActorsSummary> {
  const folder = path.join(content, 'articles')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.md')).sort()
  const byId = new Map<string, {summary: ActorSummary; types: Map<ActorType, number>; forms: Map<string, number>}>()
  let withActors = 0
  for (const name of names) {
    const file = path.join(folder, name)
    // As on the site: a place named only in the dateline is not what the article is about.
    const actors = articleActors(await readFile(file, 'utf8'), file).filter((actor) => !actor.dateline)
    if (actors.length > 0) withActors++
    for (const actor of actors) {
      let entry = byId.get(actor.id)
      if (!entry) {
        const summary: ActorSummary = {
          id: actor.id, name: actor.name, type: actor.type, articles: 0, mentions: 0, forms: [], tagged: actor.id.startsWith(DERIVED_ID_PREFIX)
        }
        byId.set(actor.id, (entry = {summary, types: new Map(), forms: new Map()}))
      }
      entry.summary.articles++
      entry.summary.mentions += actor.mentions
      entry.types.set(actor.type, (entry.types.get(actor.type) ?? 0) + 1)
      for (const form of actor.forms) entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1)
    }
  }
  const actors = [...byId.values()].map(({summary, types, forms}) => ({
    ...summary,
    type: [...types].sort(([a, m], [b, n]) => n - m || compare(a, b))[0][0],
    forms: [...forms].sort(([a, m], [b, n]) => n - m || b.length - a.length || compare(a, b))
  }))
  actors.sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || compare(a.id, b.id))
  return {articles: names.length, withActors, actors}
}

/** The `actors` of an article file's frontmatter. */
function articleActors(markdown: string, file: string): ArticleActor[] {
  const end = markdown.indexOf('\n---\n', 4)
  if (!markdown.startsWith('---\n') || end === -1) throw new Error(`${file}: no YAML frontmatter`)
  const frontmatter = parseYaml(markdown.slice(4, end)) as {actors?: ArticleActor[]} | null
  return frontmatter?.actors ?? []
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
