import type {ActorType} from '../schemas/actor.ts'

/**
 * Arabic names of the actor types, as the `actor_type` filter shows them
 * (its values are these names, so the filter needs no translation).
 */
export const ACTOR_TYPE_LABELS: Record<ActorType, string> = {
  person: 'أشخاص',
  organization: 'منظمات',
  place: 'أماكن'
}
