import type {ActorType, RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {buildActorIndex, type ActorIndex} from '../match/actor-index.ts'
import {nameToKey} from '../match/name-key.ts'
import {namesOf} from '../registry/actor-names.ts'
import type {Registry} from '../registry/load-registry.ts'

/** An actor the tagger or a context rule found in some article: `[id, name, type]`. */
export type FoundName = readonly [id: string, name: string, type: ActorType]

/** A name found as an actor somewhere in the archive, with the type most of its articles give it. */
export interface ArchiveName {
  id: string
  name: string
  type: ActorType
}

const TYPE_ORDER: readonly ActorType[] = ['person', 'organization', 'place']

/**
 * The archive's names: every tagged actor of any article (`names`, one
 * list per article, in a fixed order of articles), once, with the name of
 * its first article and the type most of its articles give it (ties in
 * `person`, `organization`, `place` order). Sorted by id.
 */
export function collectArchiveNames(names: Iterable<readonly FoundName[]>): ArchiveName[] {
  const types = new Map<string, {name: string; counts: Map<ActorType, number>}>()
  for (const list of names) {
    for (const [id, name, type] of list) {
      const found = types.get(id) ?? {name, counts: new Map()}
      found.counts.set(type, (found.counts.get(type) ?? 0) + 1)
      types.set(id, found)
    }
  }
  return [...types]
    .map(([id, {name, counts}]) => ({id, name, type: TYPE_ORDER.reduce((best, type) => ((counts.get(type) ?? 0) > (counts.get(best) ?? 0) ? type : best))}))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The registry and the archive's names in one index, so that matching an
 * article takes the longest name of either, left to right. A name the
 * registry already gives stays the registry's.
 */
export function archiveIndex(registry: Registry, names: readonly ArchiveName[]): ActorIndex {
  const registryKeys = new Set(registry.actors.flatMap((actor) => namesOf(actor).map(({name}) => nameToKey(name))))
  const actors: RegistryActor[] = names
    .filter(({name}) => !registryKeys.has(nameToKey(name)))
    .map(({id, name, type}) => ({id, name, nameEn: id, type, aliases: [], ambiguousAliases: [], titles: [], formerIds: []}))
  return buildActorIndex({actors: [...registry.actors, ...actors], notActors: registry.notActors})
}
