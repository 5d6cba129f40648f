import {z} from 'astro/zod'
import {URL_SAFE_ID} from './url-safe-id.ts'

/** The three kinds of actor the archive follows. */
export const ActorTypeSchema = z.enum(['person', 'organization', 'place'])
export type ActorType = z.output<typeof ActorTypeSchema>

/** Names the actors index uses beside `/actors/<id>/`: `/actors/people/`, `/actors/names.json`. */
export const RESERVED_ACTOR_IDS: readonly string[] = ['people', 'organizations', 'places', 'names']

/** Stable, URL-safe actor id: the page is `/actors/<id>/`. */
export const ActorIdSchema = z
  .string()
  .regex(URL_SAFE_ID, 'Expected letters, digits, `-` or `_`')
  .refine((id) => !RESERVED_ACTOR_IDS.includes(id), {message: `Reserved for the actors index: ${RESERVED_ACTOR_IDS.join(', ')}`})

/**
 * One actor of the curated registry, one YAML file each in
 * `content/actors/<id>.yaml`. Editors add an actor or an alias, or merge
 * two actors (move the aliases, list the old id in `formerIds`), by
 * editing these files only.
 */
export const RegistryActorSchema = z.object({
  /** Stable, URL-safe id; equals the file name. Never reuse or change it: pages are linked from elsewhere. */
  id: ActorIdSchema,
  /** Canonical Arabic name, as pages show it: `خليفة حفتر`. */
  name: z.string().min(1),
  /** English name: `Khalifa Haftar`. */
  nameEn: z.string().min(1),
  type: ActorTypeSchema,
  /** Other names the text may use: `حفتر`, `قوات حفتر`. Matched after normalization and clitic stripping. */
  aliases: z.array(z.string().min(1)).default([]),
  /**
   * Short names that are also common words or other actors' names
   * (`الأسد` the lion, `عون` help, `المالكي` two people): they count only in
   * an article that also gives the actor's name or one of its `aliases`,
   * and only bare or after `و`/`ف`. Several actors may list the same one.
   * Listing the actor's own `name` here makes the name itself count only
   * that way (a province called `البيضاء` "the white"). Default: none.
   */
  ambiguousAliases: z.array(z.string().min(1)).default([]),
  /** Titles that may stand before a name and belong to the mention: `اللواء المتقاعد`, `المشير`. */
  titles: z.array(z.string().min(1)).default([]),
  /** Wikidata item, only when certain: `Q...`. */
  wikidata: z.string().regex(/^Q\d+$/, 'Expected a Wikidata item id such as `Q1234`').optional(),
  /** One line: who or what this is. */
  description: z.string().min(1).optional(),
  /** Ids this actor had before a merge; their pages redirect here. Default: none. */
  formerIds: z.array(ActorIdSchema).default([]),
  /**
   * Where an imported entry came from (`countrystatecity`: the npm package
   * `@countrystatecity/countries`, ODbL-1.0). Absent for entries written by hand.
   */
  source: z.string().min(1).optional()
})
export type RegistryActor = z.output<typeof RegistryActorSchema>

/** An actor as an article's frontmatter lists it. */
export const ArticleActorSchema = z.object({
  id: ActorIdSchema,
  /** Canonical name. */
  name: z.string().min(1),
  type: ActorTypeSchema,
  /** How many times the article mentions the actor (body and given title). */
  mentions: z.number().int().positive(),
  /**
   * The mentions' words exactly as they stand in the body (or the given
   * title), clitics
   * included (`بطرابلس`, `لحفتر`, `خليفة حفتر`), longest first: the site
   * links these whole words, so a link never splits a word's letters.
   */
  forms: z.array(z.string().min(1)).min(1),
  /**
   * Found because the rest of the archive knows the name as an actor (the
   * ingest's archive pass), not by this article's own context. Absent otherwise.
   */
  byArchive: z.literal(true).optional(),
  /**
   * Named only in the article's leading dateline (`دبي، الإمارات العربية
   * المتحدة (CNN)--`): where it was filed, not what it is about. Listed, but
   * the actor's timeline and the site's counts leave the article out.
   */
  dateline: z.literal(true).optional()
})
export type ArticleActor = z.output<typeof ArticleActorSchema>

/** Reported speech: an actor said to have said something. */
export const QuoteSchema = z.object({
  /** Id of the speaker, one of the article's actors. */
  actor: ActorIdSchema,
  /** The reporting verb as written: `قال`، `أضاف`، `أكد`. */
  verb: z.string().min(1),
  /** The quoted or reported words. */
  text: z.string().min(1)
})
export type Quote = z.output<typeof QuoteSchema>
