import type {Link, PhrasingContent, Root, Text} from 'mdast'
import {SKIP, visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import type {ArticleActor} from '../../shared/schemas/actor.ts'
import {createMentionFinder, type Mention} from './actor-mentions.ts'
import {frontmatterActors} from './frontmatter-actors.ts'

export interface Options {
  /**
   * Address of an actor's page, or `undefined` for an actor that has no
   * page (its mentions stay plain text).
   * Default: `/actors/<id>/`.
   */
  href?: (actor: ArticleActor) => string | undefined
}

const emptyOptions: Options = {}
const defaultHref = (actor: ArticleActor) => `/actors/${actor.id}/`

/**
 * Link the mentions of an article's actors (frontmatter `actors`) to the
 * actors' pages.
 *
 * The rule: the first mention of each actor in each section is linked; a
 * section starts at the top of the article and at every heading. Headings
 * themselves and existing links are left alone. A reader finds the link
 * near where they are reading, and a paragraph is not a sea of links.
 *
 * A link spans whole words (clitics included: `لحفتر`), so Arabic letters
 * keep joining across its edges. The link carries `class="actor-mention"`
 * and `data-actor="<id>"`.
 */
export function remarkLinkActors(options?: Options | null) {
  const settings = options || emptyOptions
  const href = settings.href ?? defaultHref

  return function (tree: Root, file: VFile) {
    const actors = frontmatterActors(file).filter((actor) => href(actor) !== undefined)
    if (actors.length === 0) return
    const findMentions = createMentionFinder(actors)
    let linked = new Set<string>()

    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        linked = new Set()
        return SKIP
      }
      if (node.type === 'link' || node.type === 'linkReference') return SKIP
      if (node.type !== 'text' || parent === undefined || index === undefined) return
      const pieces = linkMentions(node, findMentions(node.value), linked, href)
      if (pieces === undefined) return
      parent.children.splice(index, 1, ...(pieces as typeof parent.children))
      return index + pieces.length
    })
  }
}

/** `text` split around the mentions to link, or `undefined` when none is. */
function linkMentions(
  text: Text,
  mentions: Mention[],
  linked: Set<string>,
  href: (actor: ArticleActor) => string | undefined
): PhrasingContent[] | undefined {
  const pieces: PhrasingContent[] = []
  let offset = 0
  for (const mention of mentions) {
    if (linked.has(mention.actor.id)) continue
    linked.add(mention.actor.id)
    if (mention.start > offset) pieces.push({type: 'text', value: text.value.slice(offset, mention.start)})
    pieces.push(actorLink(text.value.slice(mention.start, mention.end), mention.actor, href(mention.actor)!))
    offset = mention.end
  }
  if (pieces.length === 0) return undefined
  if (offset < text.value.length) pieces.push({type: 'text', value: text.value.slice(offset)})
  return pieces
}

function actorLink(value: string, actor: ArticleActor, url: string): Link {
  return {
    type: 'link',
    url,
    title: null,
    data: {hProperties: {className: ['actor-mention'], dataActor: actor.id}},
    children: [{type: 'text', value}]
  }
}
