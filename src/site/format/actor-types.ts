import type {ActorType} from '../../shared/schemas/actor.ts'

/** How the site names each kind of actor. */
export interface ActorTypeLabel {
  /** `شخص` */
  singular: string
  /** `أشخاص` */
  plural: string
  /** schema.org type for JSON-LD. */
  schemaType: 'Person' | 'Organization' | 'Place'
  /** The index page's address segment: `/actors/people/`. */
  slug: string
}

export const ACTOR_TYPES: Record<ActorType, ActorTypeLabel> = {
  person: {singular: 'شخص', plural: 'أشخاص', schemaType: 'Person', slug: 'people'},
  organization: {singular: 'منظمة', plural: 'منظمات', schemaType: 'Organization', slug: 'organizations'},
  place: {singular: 'مكان', plural: 'أماكن', schemaType: 'Place', slug: 'places'}
}

/** The order groups of actors appear in: people, organizations, places. */
export const ACTOR_TYPE_ORDER: readonly ActorType[] = ['person', 'organization', 'place']

/** `items` grouped by actor type, in `ACTOR_TYPE_ORDER`, empty groups left out; each group keeps input order. */
export function groupByActorType<T extends {type: ActorType}>(items: readonly T[]): {type: ActorType; items: T[]}[] {
  return ACTOR_TYPE_ORDER.map((type) => ({type, items: items.filter((item) => item.type === type)})).filter(
    (group) => group.items.length > 0
  )
}
