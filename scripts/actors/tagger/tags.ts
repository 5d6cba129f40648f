/**
 * The tag set of the tagger: BIO tags over ANERcorp's four entity types.
 * Tags are numbered for the decoder: 0 is `O`, then `B-` and `I-` of each
 * type in turn, so `B-` of type k is 1 + 2k and its `I-` is 2 + 2k.
 */

/** Entity types, as ANERcorp names them: persons, places, organizations, everything else named. */
export const ENTITY_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const
export type EntityType = (typeof ENTITY_TYPES)[number]

/** Every tag, in decoder order. */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const
export type Tag = (typeof TAGS)[number]

/** How many tags the decoder chooses from. */
export const TAG_COUNT = TAGS.length

const TAG_INDEX = new Map<string, number>(TAGS.map((tag, index) => [tag, index]))

/** Whether `text` is one of the tags (`B-LOC`, `O`, ...). */
export function isTag(text: string): text is Tag {
  return TAG_INDEX.has(text)
}

/** The decoder's number for a tag. */
export function tagToIndex(tag: Tag): number {
  return TAG_INDEX.get(tag)!
}

/** The tag for a decoder number. */
export function indexToTag(index: number): Tag {
  return TAGS[index]
}

/** Whether tag number `index` is an `I-` tag. */
export function isInside(index: number): boolean {
  return index > 0 && index % 2 === 0
}

/**
 * Whether the decoder may put tag `to` right after tag `from` (`-1` for the
 * start of the sentence): an `I-X` only continues a `B-X` or `I-X`.
 *
 * Reasoning: the scorer reads a stray `I-X` as the start of an entity, but a
 * model that never emits one gives spans that mean one thing.
 */
export function isAllowedTransition(from: number, to: number): boolean {
  if (!isInside(to)) return true
  return from === to || from === to - 1
}

/** A named entity found in a sentence: tokens `start` (inclusive) to `end` (exclusive). */
export interface EntitySpan {
  /** Index of the entity's first token. */
  start: number
  /** Index after the entity's last token. */
  end: number
  type: EntityType
}

function typeOf(tag: string): string {
  return tag.slice(2)
}

/**
 * The entities a BIO tag sequence marks, with the CoNLL scorer's reading
 * (conlleval): an entity starts at `B-X`, or at an `I-X` that does not
 * continue an entity of type X (so `O I-LOC` is an entity, as is the second
 * of `B-PERS I-LOC`), and runs over the `I-X` tags that follow.
 *
 * Accepts tag strings so it can score files; anything not `B-`/`I-` of a
 * known type is read as `O`.
 */
export function tagsToSpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = []
  let open: EntitySpan | undefined
  for (let index = 0; index < tags.length; index++) {
    const tag = tags[index]
    const type = typeOf(tag)
    const known = (ENTITY_TYPES as readonly string[]).includes(type)
    const inside = known && tag.startsWith('I-')
    const begin = known && tag.startsWith('B-')
    if (open && inside && open.type === type) {
      open.end = index + 1
      continue
    }
    open = undefined
    if (begin || inside) {
      open = {start: index, end: index + 1, type: type as EntityType}
      spans.push(open)
    }
  }
  return spans
}
