import type {Root} from 'mdast'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {u} from 'unist-builder'
import {removePosition} from 'unist-util-remove-position'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import type {ArticleActor} from '../../../src/shared/schemas/actor.ts'
import {createMentionFinder} from '../../../src/site/markdown/actor-mentions.ts'
import {remarkLinkActors, type Options} from '../../../src/site/markdown/remark-link-actors.ts'

const haftar: ArticleActor = {
  id: 'khalifa-haftar',
  name: 'خليفة حفتر',
  type: 'person',
  mentions: 3,
  forms: ['خليفة حفتر', 'لحفتر', 'حفتر']
}
const tripoli: ArticleActor = {id: 'tripoli', name: 'طرابلس', type: 'place', mentions: 2, forms: ['بطرابلس', 'طرابلس']}
const haftarForces: ArticleActor = {
  id: 'lna',
  name: 'الجيش الوطني الليبي',
  type: 'organization',
  mentions: 1,
  forms: ['قوات حفتر']
}

/** Parse `markdown`, run the plugin with `actors` in the frontmatter, return the tree without positions. */
function run(markdown: string, actors: ArticleActor[], options?: Options): Root {
  const processor = unified().use(remarkParse).use(remarkLinkActors, options)
  const file = new VFile({value: markdown, data: {astro: {frontmatter: {actors}}}})
  const tree = processor.runSync(processor.parse(file), file) as Root
  removePosition(tree, {force: true})
  return tree
}

const link = (id: string, text: string, url = `/actors/${id}/`) =>
  u('link', {url, title: null, data: {hProperties: {className: ['actor-mention'], dataActor: id}}}, [u('text', text)])

describe('remarkLinkActors', () => {
  test('links the first mention of each actor, the longest form', () => {
    expect(run('هاجم خليفة حفتر طرابلس، وقال حفتر إن طرابلس ستسقط.', [haftar, tripoli])).toEqual(
      u('root', [
        u('paragraph', [
          u('text', 'هاجم '),
          link('khalifa-haftar', 'خليفة حفتر'),
          u('text', ' '),
          link('tripoli', 'طرابلس'),
          u('text', '، وقال حفتر إن طرابلس ستسقط.')
        ])
      ])
    )
  })

  test('links a clitic-attached mention as the whole word', () => {
    expect(run('وصل الوفد بطرابلس أمس.', [tripoli])).toEqual(
      u('root', [u('paragraph', [u('text', 'وصل الوفد '), link('tripoli', 'بطرابلس'), u('text', ' أمس.')])])
    )
  })

  test('never links part of a word whose clitic form is not listed', () => {
    const onlyBare: ArticleActor = {...tripoli, forms: ['طرابلس']}
    expect(run('وصل الوفد بطرابلس أمس.', [onlyBare])).toEqual(
      u('root', [u('paragraph', [u('text', 'وصل الوفد بطرابلس أمس.')])])
    )
  })

  test('a longer form of another actor wins over a shorter one inside it', () => {
    expect(run('تقدمت قوات حفتر نحو المدينة.', [haftar, haftarForces])).toEqual(
      u('root', [u('paragraph', [u('text', 'تقدمت '), link('lna', 'قوات حفتر'), u('text', ' نحو المدينة.')])])
    )
  })

  test('each section (from a heading on) links its own first mention; headings stay plain', () => {
    const tree = run('قال حفتر كلاما.\n\nوعاد حفتر.\n\n## حفتر يتقدم\n\nوأضاف حفتر.', [haftar])
    expect(tree).toEqual(
      u('root', [
        u('paragraph', [u('text', 'قال '), link('khalifa-haftar', 'حفتر'), u('text', ' كلاما.')]),
        u('paragraph', [u('text', 'وعاد حفتر.')]),
        u('heading', {depth: 2 as const}, [u('text', 'حفتر يتقدم')]),
        u('paragraph', [u('text', 'وأضاف '), link('khalifa-haftar', 'حفتر'), u('text', '.')])
      ])
    )
  })

  test('leaves existing links alone', () => {
    expect(run('[حفتر](https://example.org) ثم حفتر', [haftar])).toEqual(
      u('root', [
        u('paragraph', [
          u('link', {url: 'https://example.org', title: null}, [u('text', 'حفتر')]),
          u('text', ' ثم '),
          link('khalifa-haftar', 'حفتر')
        ])
      ])
    )
  })

  test('option `href`: an actor without a page stays text', () => {
    const href = (actor: ArticleActor) => (actor.id === 'tripoli' ? '/base/actors/tripoli/' : undefined)
    expect(run('حفتر في طرابلس', [haftar, tripoli], {href})).toEqual(
      u('root', [u('paragraph', [u('text', 'حفتر في '), link('tripoli', 'طرابلس', '/base/actors/tripoli/')])])
    )
  })

  test('no actors: the tree is unchanged', () => {
    expect(run('قال حفتر.', [])).toEqual(u('root', [u('paragraph', [u('text', 'قال حفتر.')])]))
  })

  test('in HTML, the link holds the whole word, so letters keep joining', () => {
    const file = new VFile({value: 'وقال لحفتر إن.', data: {astro: {frontmatter: {actors: [haftar]}}}})
    const html = String(
      unified().use(remarkParse).use(remarkLinkActors).use(remarkRehype).use(rehypeStringify).processSync(file)
    )
    expect(html).toBe(
      '<p>وقال <a href="/actors/khalifa-haftar/" class="actor-mention" data-actor="khalifa-haftar">لحفتر</a> إن.</p>'
    )
  })

  test('bad frontmatter is a readable error naming the field', () => {
    const file = new VFile({path: 'a.md', value: 'نص', data: {astro: {frontmatter: {actors: [{id: 'x'}]}}}})
    expect(() => unified().use(remarkParse).use(remarkLinkActors).runSync(unified().use(remarkParse).parse(file), file))
      .toThrowErrorMatchingInlineSnapshot(`[Error: a.md: frontmatter: \`actors.0.name\`: Invalid input: expected string, received undefined; \`actors.0.type\`: Invalid option: expected one of "person"|"organization"|"place"; \`actors.0.mentions\`: Invalid input: expected number, received undefined; \`actors.0.forms\`: Invalid input: expected array, received undefined]`)
  })
})

describe('createMentionFinder', () => {
  const find = (text: string, actors: ArticleActor[]) =>
    createMentionFinder(actors)(text).map((mention) => [text.slice(mention.start, mention.end), mention.actor.id])

  test.each([
    ['حفتر، وحفتر وحفترٌ و"حفتر"', [['حفتر', 'khalifa-haftar'], ['حفتر', 'khalifa-haftar']]],
    ['لحفتر ولحفتر', [['لحفتر', 'khalifa-haftar']]],
    ['قال خليفة حفتر', [['خليفة حفتر', 'khalifa-haftar']]],
    ['حفترـ الطويل', []],
    ['F16حفتر', []]
  ] as const)('%s', (text, expected) => {
    expect(find(text, [haftar])).toEqual(expected)
  })

  test('overlapping forms: the first to start wins, then the longest', () => {
    expect(find('تقدمت قوات حفتر', [haftar, haftarForces])).toEqual([['قوات حفتر', 'lna']])
  })
})
