import {fileURLToPath} from 'node:url'
import {expect, test} from 'vitest'
import {parseConll, readConllFile} from '../../../scripts/actors/tagger/conll.ts'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

test('reads sentences of token<TAB>tag lines, keeping U+200F and empty tokens', () => {
  const sentences = parseConll('وإسرائيل\u200f\tB-LOC\n\tO\n.\tO\n\n\nقال\tO\n', 'x.conll')
  expect(sentences).toEqual([
    {tokens: ['وإسرائيل\u200f', '', '.'], tags: ['B-LOC', 'O', 'O'], line: 1},
    {tokens: ['قال'], tags: ['O'], line: 6}
  ])
})

test('reads the tiny fixture corpus', () => {
  const sentences = readConllFile(fixture('tiny.conll'))
  expect(sentences).toHaveLength(6)
  expect(sentences[0].tokens.slice(2, 4)).toEqual(['سمير', 'نادر'])
})

test('a line without a tag names the file and line', () => {
  expect(() => readConllFile(fixture('bad-line.conll'))).toThrow(/bad-line\.conll:4: expected "token<TAB>tag", not `في`/)
})

test('an unknown tag names the file, line and tag', () => {
  expect(() => readConllFile(fixture('bad-tag.conll'))).toThrow(/bad-tag\.conll:2: unknown tag `B-PER`/)
})

test('a missing file is one clear error', () => {
  expect(() => readConllFile('/nonexistent/x.conll')).toThrow('/nonexistent/x.conll: cannot read the file')
})
