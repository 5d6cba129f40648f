import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkStringify from 'remark-stringify'
import {unified} from 'unified'
import {stringify as stringifyYaml} from 'yaml'

const serializer = unified().use(remarkStringify).use(remarkFrontmatter, ['yaml']).freeze()

/**
 * Serialize frontmatter and body to a Markdown file.
 *
 * The body goes through remark-stringify from the mdast, never through
 * string concatenation: text holding `*`, `#`, `[` or `<script>` is escaped
 * and stays literal text in every later stage. Every YAML string is
 * double-quoted so no value can be read back as another type
 * (`2019-04-07` as a date, `000_12` as a number).
 */
export function serializeArticle(frontmatter: Record<string, unknown>, body: Root): string {
  const yaml = stringifyYaml(frontmatter, {
    lineWidth: 0,
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN'
  }).trimEnd()
  const tree: Root = {type: 'root', children: [{type: 'yaml', value: yaml}, ...body.children]}
  return serializer.stringify(tree)
}
