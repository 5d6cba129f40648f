import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify as stringifyYaml} from 'yaml'
import {frontmatterToYaml} from './frontmatter-to-yaml.ts'

const serializer = unified().use(remarkStringify).use(remarkFrontmatter, ['yaml']).freeze()

/** What `frontmatterToYaml` writes, and the fallback for what it does not handle. */
export const YAML_OPTIONS = {lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN'} as const

/**
 * Serialize frontmatter and body to a Markdown file.
 *
 * The body goes through remark-stringify from the mdast, never through
 * string concatenation: text holding `*`, `#`, `[` or `<script>` is escaped
 * and stays literal text in every later stage. Every YAML string is
 * double-quoted so no value can be read back as another type
 * (`2019-04-07` as a date, `000_12` as a number). `frontmatterToYaml`
 * writes it fast; it gives up on what it does not handle, for `yaml`.
 */
export function serializeArticle(frontmatter: Record<string, unknown>, body: Root): string {
  const yaml = (frontmatterToYaml(frontmatter) ?? stringifyYaml(frontmatter, YAML_OPTIONS)).trimEnd()
  const tree: Root = {type: 'root', children: [{type: 'yaml', value: yaml}, ...body.children]}
  return serializer.stringify(tree)
}
