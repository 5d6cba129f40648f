import type {RegistryActor} from '../../../src/shared/schemas/actor.ts'

/** One name of an actor, with the field of its registry file that gives it. */
export interface ActorName {
  name: string
  /** `name`, `aliases.2`, `ambiguousAliases.0`: for error messages. */
  field: string
  /** From `ambiguousAliases`. */
  ambiguous: boolean
}

/**
 * Every name of an actor: its name and aliases first, then the ambiguous
 * ones, in file order. A name also listed under `ambiguousAliases` is
 * given once, as ambiguous.
 */
export function namesOf(actor: RegistryActor): ActorName[] {
  const nameIsAmbiguous = actor.ambiguousAliases.includes(actor.name)
  return [
    {name: actor.name, field: 'name', ambiguous: nameIsAmbiguous},
    ...actor.aliases.map((name, index) => ({name, field: `aliases.${index}`, ambiguous: false})),
    ...actor.ambiguousAliases
      .map((name, index) => ({name, field: `ambiguousAliases.${index}`, ambiguous: true}))
      .filter(({name}) => name !== actor.name)
  ]
}
