import type {ActorType} from '../schemas/actor.ts'

/**
 * Arabic names of the actor types. The `actor_type` filter's values are
 * these names, so the filter shows them as they are.
 */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: 'شخص',
  organization: 'منظمة',
  place: 'مكان'
}
