import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {z} from 'astro/zod'
import {parse as parseYaml, YAMLParseError} from 'yaml'
import {RegistryActorSchema, type RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {parseWithFriendlyErrors} from '../../../src/shared/schemas/friendly-errors.ts'
import {nameToKey} from '../match/name-key.ts'
import {DERIVED_ID_PREFIX} from '../resolve/name-to-actor-id.ts'
import {namesOf} from './actor-names.ts'

/** The committed registry: `content/actors/` at the project root. */
export const DEFAULT_REGISTRY_DIR = fileURLToPath(new URL('../../../content/actors/', import.meta.url))

/**
 * The file of phrases that hold a name but name no actor. Its name starts
 * with `_`, which no actor id can, so it never clashes with an actor file.
 */
export const NOT_ACTORS_FILE = '_not-actors.yaml'

/**
 * Phrases that contain an actor's name but are something else
 * (`مسقط رأسه` "his birthplace", `واشنطن بوست` a newspaper, `بحماس`
 * "with enthusiasm"). The matcher takes them like names, longest first,
 * and makes no mention of them.
 */
export const NotActorsSchema = z.array(z.string().min(1))

/** The registry as loaded: the actors, and the phrases that are no actor. */
export interface Registry {
  /** Sorted by id. */
  actors: RegistryActor[]
  notActors: string[]
}

const KNOWN_FIELDS = new Set(Object.keys(RegistryActorSchema.shape))

/**
 * The registry could not be loaded. `problems` holds one line per problem,
 * each naming the file (and line or field): `content/actors/x.yaml: \`type\`: …`.
 */
export class RegistryError extends Error {
  readonly problems: string[]

  constructor(problems: string[]) {
    super(problems.join('\n'))
    this.name = 'RegistryError'
    this.problems = problems
  }
}

/**
 * Read and validate the registry in `dir`: every `<id>.yaml`, and the
 * optional `_not-actors.yaml`.
 *
 * Each actor file is checked with `RegistryActorSchema` (unknown fields
 * are errors too: a misspelt `aliasses` would silently drop names); then
 * across files: the id equals the file name, no id or former id is used
 * twice, no id starts with the prefix reserved for tagged actors' derived
 * ids, no name (after normalization) leads to two actors unless each lists
 * it in `ambiguousAliases`, and no phrase of `_not-actors.yaml` is an
 * actor's name. Synchronous, because each ingest worker loads it once
 * before its first article.
 *
 * @throws {RegistryError} listing every problem, one line each.
 */
export function loadRegistry(dir: string = DEFAULT_REGISTRY_DIR): Registry {
  const label = (name: string) => path.join(path.relative(process.cwd(), dir) || '.', name)
  let names: string[]
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.yaml') && !name.startsWith('.')).sort()
  } catch (error) {
    throw new RegistryError([`${label('')}: cannot read the actor registry: ${(error as Error).message}`])
  }
  const problems: string[] = []
  const actors: RegistryActor[] = []
  const files = new Map<RegistryActor, string>()
  let notActors: string[] = []
  for (const name of names) {
    const file = label(name)
    if (name === NOT_ACTORS_FILE) {
      notActors = readFile(path.join(dir, name), file, NotActorsSchema, problems) ?? []
      continue
    }
    const actor = readFile(path.join(dir, name), file, RegistryActorSchema, problems, KNOWN_FIELDS)
    if (!actor) continue
    const stem = name.slice(0, -'.yaml'.length)
    if (actor.id !== stem) {
      problems.push(`${file}: \`id\`: expected \`${stem}\` (the file name), not \`${actor.id}\``)
      continue
    }
    actors.push(actor)
    files.set(actor, file)
  }
  problems.push(...idProblems(actors, files), ...nameProblems(actors, files, notActors, label(NOT_ACTORS_FILE)))
  if (problems.length > 0) throw new RegistryError(problems)
  return {actors, notActors}
}

/** Parse one YAML file with `schema`, pushing any problem as one line. `knownFields`: reject other keys of a mapping. */
function readFile<Schema extends z.ZodType>(
  absolute: string,
  file: string,
  schema: Schema,
  problems: string[],
  knownFields?: ReadonlySet<string>
): z.output<Schema> | undefined {
  let data: unknown
  try {
    const text = readFileSync(absolute, 'utf8')
    data = parseYaml(text)
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line
      problems.push(`${line === undefined ? file : `${file}:${line}`}: invalid YAML: ${error.message.split('\n')[0]}`)
    } else {
      problems.push(`${file}: cannot read: ${(error as Error).message}`)
    }
    return undefined
  }
  if (knownFields && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const unknown = Object.keys(data).find((key) => !knownFields.has(key))
    if (unknown !== undefined) {
      problems.push(`${file}: \`${unknown}\`: unknown field (known: ${[...knownFields].join(', ')})`)
      return undefined
    }
  }
  try {
    return parseWithFriendlyErrors(schema, data, file)
  } catch (error) {
    problems.push((error as Error).message)
    return undefined
  }
}

/** Ids: none reserved, none used twice as an id or former id. */
function idProblems(actors: RegistryActor[], files: Map<RegistryActor, string>): string[] {
  const problems: string[] = []
  /** Every id and former id, with the file that claims it. */
  const claimed = new Map<string, string>()
  for (const actor of actors) claimed.set(actor.id, files.get(actor)!)
  for (const actor of actors) {
    const file = files.get(actor)!
    if (actor.id.startsWith(DERIVED_ID_PREFIX)) {
      problems.push(`${file}: \`id\`: \`${DERIVED_ID_PREFIX}\` starts the ids of tagged actors; choose another id`)
    }
    actor.formerIds.forEach((formerId, index) => {
      const owner = claimed.get(formerId)
      if (owner) problems.push(`${file}: \`formerIds.${index}\`: \`${formerId}\` is already the id or a former id in ${owner}`)
      else claimed.set(formerId, file)
    })
  }
  return problems
}

/** Names: each leads to one actor unless all who give it call it ambiguous; no actor's name is a not-actor phrase. */
function nameProblems(actors: RegistryActor[], files: Map<RegistryActor, string>, notActors: string[], notActorsFile: string): string[] {
  const problems: string[] = []
  const names = new Map<string, {actor: RegistryActor; field: string; ambiguous: boolean}[]>()
  for (const actor of actors) {
    for (const {name, field, ambiguous} of namesOf(actor)) {
      const key = nameToKey(name)
      const owners = names.get(key) ?? []
      const other = owners.find((owner) => owner.actor !== actor && !(owner.ambiguous && ambiguous))
      if (other) {
        problems.push(
          `${files.get(actor)}: \`${field}\`: \`${name}\` is already \`${other.field}\` of \`${other.actor.id}\` ` +
            `(${files.get(other.actor)}): a name leads to one actor, unless every actor lists it in \`ambiguousAliases\``
        )
      }
      names.set(key, [...owners, {actor, field, ambiguous}])
    }
  }
  notActors.forEach((phrase, index) => {
    const owner = names.get(nameToKey(phrase))?.[0]
    if (owner) problems.push(`${notActorsFile}: \`${index}\`: \`${phrase}\` is \`${owner.field}\` of \`${owner.actor.id}\` (${files.get(owner.actor)})`)
  })
  return problems
}
