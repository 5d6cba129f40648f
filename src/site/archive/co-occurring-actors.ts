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
  const collator = new Intl.Collator('ar')
  return [...counts]
    .map(([other, count]) => ({actor: archive.actor(other)!, count}))
    .sort((a, b) => b.count - a.count || collator.compare(a.actor.name, b.actor.name))
    .slice(0, limit)
}
