import type {ActorEntry, Archive} from './build-archive.ts'

export interface CoOccurrence {
  actor: ActorEntry
  /** Articles mentioning both. */
  count: number
}

/**
 * The actors most often mentioned in the same articles as `id`, most
 * shared articles first (ties by Arabic name). Only actors with a page.
 * Cost: the actor's articles times their actors, done once per actor page.
 */
export function coOccurringActors(archive: Archive, id: string, limit = 12): CoOccurrence[] {
  // The actor's page and its JSON document both ask: count once per archive.
  let cache = computed.get(archive)
  if (!cache) computed.set(archive, (cache = new Map()))
  const key = `${limit} ${id}`
  let result = cache.get(key)
  if (!result) cache.set(key, (result = count(archive, id, limit)))
  return result
}

const computed = new WeakMap<Archive, Map<string, CoOccurrence[]>>()
const collator = new Intl.Collator('ar')

function count(archive: Archive, id: string, limit: number): CoOccurrence[] {
  const counts = new Map<string, number>()
  for (const article of archive.actorArticles(id)) {
    const seen = new Set<string>()
    for (const mention of article.actors) {
      const other = archive.actor(mention.id)
      if (!other || other.id === id || seen.has(other.id)) continue
      seen.add(other.id)
      counts.set(other.id, (counts.get(other.id) ?? 0) + 1)
    }
  }
  return [...counts]
    .map(([other, count]) => ({actor: archive.actor(other)!, count}))
    .sort((a, b) => b.count - a.count || collator.compare(a.actor.name, b.actor.name))
    .slice(0, limit)
}
