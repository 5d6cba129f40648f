import {z} from 'astro/zod'
import {procliticAnalyses} from '../../../src/shared/arabic/proclitics.ts'
import {ActorTypeSchema, type ActorType} from '../../../src/shared/schemas/actor.ts'
import {nameToTokens} from '../match/name-key.ts'
import {GENERIC_TITLES} from '../match/titles.ts'

/**
 * One article of a gold file (`../shared/actors/GUIDELINE.md`): its actors,
 * each with the fullest name and every way the article writes it.
 */
export const GoldArticleSchema = z.object({
  id: z.string().min(1),
  actors: z.array(
    z.object({
      canonical: z.string().min(1),
      type: ActorTypeSchema,
      /** Words of the text without a leading proclitic and without titles. */
      forms: z.array(z.string().min(1)).default([])
    })
  )
})
export type GoldArticle = z.output<typeof GoldArticleSchema>

/** An actor as the system lists it for one article: its name and its forms as written (clitics included). */
export interface SystemActor {
  name: string
  type: ActorType
  forms: string[]
}

export interface Counts {
  /** System actors that matched a gold actor. */
  matched: number
  /** System actors listed. */
  system: number
  /** Gold actors. */
  gold: number
}

export interface ActorScore {
  overall: Counts
  byType: Record<ActorType, Counts>
  /** Per article, the gold actors the system missed and the system actors that matched nothing. */
  articles: {id: string; missed: string[]; spurious: string[]}[]
}

/**
 * Score system actors against gold, article by article. A system actor
 * matches a gold actor of the same type when one of its names (its name,
 * or a form with a leading proclitic and leading titles read off) equals
 * one of the gold actor's (canonical or a form) after matching
 * normalization. Gold forms leave titles out (the guideline), while system
 * forms keep them (`الملكة إليزابيث`), so titles are read off for comparing;
 * `عبد` is compared joined to the word after it, as it is written either
 * way (`عبد الرحمن`, `عبدالرحمن`). A place is compared with and without
 * the administrative word that leads it (`محافظة إدلب` and `إدلب`): the
 * guideline allows either. Each actor
 * matches at most once; a right name under the wrong type is both a miss
 * and a spurious actor.
 */
export function scoreActors(gold: GoldArticle[], system: Map<string, SystemActor[]>): ActorScore {
  const empty = (): Counts => ({matched: 0, system: 0, gold: 0})
  const score: ActorScore = {overall: empty(), byType: {person: empty(), organization: empty(), place: empty()}, articles: []}
  for (const article of gold) {
    const found = system.get(article.id) ?? []
    const used = new Set<number>()
    const missed: string[] = []
    for (const actor of article.actors) {
      const keys = new Set([actor.canonical, ...actor.forms].flatMap((name) => placeKeys(actor.type, [toKey(name)])))
      const index = found.findIndex(
        (candidate, at) =>
          !used.has(at) && candidate.type === actor.type && placeKeys(candidate.type, systemKeys(candidate)).some((key) => keys.has(key))
      )
      if (index === -1) missed.push(`${actor.canonical} (${actor.type})`)
      else used.add(index)
    }
    for (const actor of article.actors) {
      score.overall.gold++
      score.byType[actor.type].gold++
    }
    found.forEach((actor, index) => {
      score.overall.system++
      score.byType[actor.type].system++
      if (used.has(index)) {
        score.overall.matched++
        score.byType[actor.type].matched++
      }
    })
    const spurious = found.filter((_, index) => !used.has(index)).map((actor) => `${actor.name} (${actor.type})`)
    score.articles.push({id: article.id, missed, spurious})
  }
  return score
}

/** Precision, recall and F1 of some counts (0 where undefined). */
export function rates(counts: Counts): {precision: number; recall: number; f1: number} {
  const precision = counts.system === 0 ? 0 : counts.matched / counts.system
  const recall = counts.gold === 0 ? 0 : counts.matched / counts.gold
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {precision, recall, f1}
}

function toKey(name: string): string {
  return joinAbd(nameToTokens(name)).join(' ')
}

/** Words that lead a place's name as its kind of place (`محافظة إدلب`, `مديرية التحيتا`, `حي الزيتون`). */
const PLACE_KINDS = new Set(['محافظة', 'مديرية', 'مقاطعة', 'ولاية', 'إقليم', 'منطقة', 'مدينة', 'بلدة', 'قرية', 'ناحية', 'قضاء', 'حي', 'مخيم'].map((word) => toKey(word)))

/** A place's keys, each also without the kind of place that leads it; other types' keys as they are. */
function placeKeys(type: ActorType, keys: string[]): string[] {
  if (type !== 'place') return keys
  return keys.flatMap((key) => {
    const [first, ...rest] = key.split(' ')
    return PLACE_KINDS.has(first) && rest.length > 0 ? [key, rest.join(' ')] : [key]
  })
}

/** `عبد الرحمن` → `عبدالرحمن`: the compound written as one word. */
function joinAbd(tokens: string[]): string[] {
  const joined: string[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'عبد' && i + 1 < tokens.length) joined.push(tokens[i] + tokens[++i])
    else joined.push(tokens[i])
  }
  return joined
}

/** The tokens without the generic titles that lead them (`الملكة إليزابيث` → `إليزابيث`), a name always kept. */
function withoutTitles(tokens: string[]): string[] {
  let start = 0
  for (;;) {
    const title = GENERIC_TITLES.find((words) => words.every((word, i) => tokens[start + i] === word))
    if (!title || start + title.length >= tokens.length) return tokens.slice(start)
    start += title.length
  }
}

/** A system actor's names: its name, and each form with every reading of a leading proclitic, titles kept and read off. */
function systemKeys(actor: SystemActor): string[] {
  const keys = [toKey(actor.name)]
  for (const form of actor.forms) {
    const [first, ...rest] = form.split(' ')
    for (const {stem} of procliticAnalyses(first)) {
      const reading = [stem, ...rest].join(' ')
      keys.push(toKey(reading), joinAbd(withoutTitles(nameToTokens(reading))).join(' '))
    }
  }
  return keys
}
