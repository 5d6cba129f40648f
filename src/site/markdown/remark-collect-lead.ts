import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import type {VFile} from 'vfile'
import {frontmatterOf} from './frontmatter-actors.ts'
import {excerptAround} from './sentences.ts'

/** Frontmatter key the lead is stored under. */
export const LEAD_KEY = 'lead'

export interface Options {
  /** Longest lead kept, in characters; cut at a space with `…`. Default: `220`. */
  maxLength?: number
}

const emptyOptions: Options = {}

/**
 * The article's first paragraph, shortened, stored in the frontmatter
 * Astro returns (`rendered.metadata.frontmatter.lead`): the summary in
 * lists, feeds and the page's description.
 */
export function remarkCollectLead(options?: Options | null) {
  const settings = options || emptyOptions
  const maxLength = settings.maxLength ?? 220

  return function (tree: Root, file: VFile) {
    const first = tree.children.find((node) => node.type === 'paragraph')
    const text = first ? toString(first).trim() : ''
    frontmatterOf(file)[LEAD_KEY] = excerptAround(text, 0, 0, maxLength)
  }
}
