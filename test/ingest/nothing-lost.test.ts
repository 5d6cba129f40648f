import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {expect, test} from 'vitest'
import {processArticle} from '../../scripts/ingest/article/process-article.ts'
import {createRandom} from '../../scripts/fuzz/random.ts'
import {linesToBlocks, type RawArticle} from '../../scripts/ingest/read/raw-article.ts'

/**
 * Letters and digits only: what a paragraph says, whatever cleaning did to
 * its spacing, punctuation, hashtags, kashida or invisible characters.
 */
const skeleton = (text: string) => text.normalize('NFC').replace(/[^\p{L}\p{N}]|\u0640/gu, '')


const words = 'قال وزير الخارجية إن الحكومة ستعقد اجتماعا مع الأمم المتحدة بشأن الأوضاع في طرابلس وليبيا والقوات العسكرية مجلس الأمن الرئيس'.split(' ')
const junk = [
  (text: string) => text.replace(' ', ' \u200F'),
  (text: string) => text.replace('ا', 'ـــا'),
  (text: string) => `#${text.split(' ').slice(0, 2).join('_')} ${text}`,
  (text: string) => text.replace(' ', '  \t'),
  (text: string) => text.replace(/\.$/, ' .')
]

function randomArticle(next: () => number, id: number): RawArticle {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const sentence = () => Array.from({length: 6 + Math.floor(next() * 20)}, () => pick(words)).join(' ') + '.'
  const lines: string[] = Array.from({length: 3 + Math.floor(next() * 15)}, sentence)
  if (next() < 0.5) lines.splice(Math.floor(lines.length / 2), 0, Array.from({length: 2}, () => pick(words)).join(' '))
  if (next() < 0.4) lines.push(...lines.slice(0, Math.ceil(lines.length / 2)))
  if (next() < 0.3) lines.splice(1, 0, 'اقرأ أيضا: ' + sentence())
  if (next() < 0.3) lines.push('المصدر : الجزيرة + وكالات')
  const dirty = lines.map((line) => (next() < 0.3 ? pick(junk)(line) : line))
  return {file: `random-${id}.txt`, givenId: `random-${id}`, metadata: {}, blocks: linesToBlocks(dirty.join('\n')), sourceText: dirty.join('\n'), inputSha256: ''}
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml'])

function outputBlocks(markdown: string): string[] {
  const tree = parser.parse(markdown) as Root
  return tree.children.filter((node) => node.type !== 'yaml').map((node) => toString(node))
}

test('every paragraph that is not a repeat or boilerplate reaches the output (500 random articles)', () => {
  const next = createRandom(20190407).next
  for (let id = 0; id < 500; id++) {
    const raw = randomArticle(next, id)
    const processed = processArticle(raw)
    const kept = new Set(outputBlocks(processed.markdown).map(skeleton))
    const removed = new Map(processed.removed.map((block) => [skeleton(block.text), block.rule]))
    for (const block of raw.blocks) {
      const letters = skeleton(block.text)
      if (kept.has(letters)) continue
      const rule = removed.get(letters)
      expect(rule, `${raw.file}:${block.line} lost: ${block.text}`).toBeDefined()
      if (rule === 'dropRepeatedParagraphs') expect(kept.has(letters)).toBe(false)
    }
    // A dropped repeat is a repeat: its first copy is in the output.
    for (const block of processed.removed.filter((removedBlock) => removedBlock.rule === 'dropRepeatedParagraphs')) {
      expect(kept.has(skeleton(block.text))).toBe(true)
    }
  }
})

test('Markdown and HTML in the text stay literal text', () => {
  const lines = [
    'نص فيه *نجمة* و_شرطة_ و`رمز` و[رابط](http://example.org) و<script>alert(1)</script>.',
    '# ليس عنوانا',
    '1. ليس قائمة',
    '> ليس اقتباسا',
    '---',
    '&amp; و &lt;b&gt;'
  ]
  const raw: RawArticle = {file: 'x.txt', givenId: 'x', metadata: {}, blocks: linesToBlocks(lines.join('\n')), sourceText: '', inputSha256: ''}
  const blocks = outputBlocks(processArticle(raw).markdown)
  expect(blocks).toEqual(lines)
})
