import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {parse} from 'yaml'
import {RegistryActorSchema, type ActorType, type RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {parseWithFriendlyErrors} from '../../../src/shared/schemas/friendly-errors.ts'
import type {GazetteerBuilder, GazetteerType} from './gazetteer.ts'

const ACTOR_TYPE_TO_GAZETTEER: Record<ActorType, GazetteerType> = {
  person: 'PERS',
  organization: 'ORG',
  place: 'LOC'
}

/**
 * Reads every `<id>.yaml` of the actor registry, sorted by file name. A
 * missing folder is an empty registry (the registry may not exist yet).
 *
 * @throws Error naming the file and the problem for a file that is not a valid actor.
 */
export function readRegistryActors(dir: string): RegistryActor[] {
  let files: string[]
  try {
    files = readdirSync(dir).filter((file) => file.endsWith('.yaml') && !file.startsWith('_')).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return files.map((file) => {
    const filePath = path.join(dir, file)
    let data: unknown
    try {
      data = parse(readFileSync(filePath, 'utf8'))
    } catch (error) {
      throw new Error(`${filePath}: invalid YAML: ${(error as Error).message.split('\n')[0]}`, {cause: error})
    }
    return parseWithFriendlyErrors(RegistryActorSchema, data, filePath)
  })
}

/** Lists the registry's names and aliases under their type, and its titles as titles. */
export function addRegistryActors(builder: GazetteerBuilder, actors: readonly RegistryActor[]): GazetteerBuilder {
  for (const actor of actors) {
    const type = ACTOR_TYPE_TO_GAZETTEER[actor.type]
    builder.addName(actor.name, type)
    for (const alias of actor.aliases) builder.addName(alias, type)
    for (const title of actor.titles) builder.addName(title, 'TITLE')
  }
  return builder
}
