import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {expect, test} from 'vitest'
import {readStandoffSentences} from '../../../scripts/actors/tagger/standoff.ts'
import {tempDir} from '../../helpers/temp-dir.ts'

test('stand-off spans become tagged sentences, one a paragraph; a token with a proclitic left out of the span belongs to the entity', async () => {
  const folder = await tempDir()
  const text = 'قال مايك بومبيو في واشنطن.\nوأعلنت وزارة الصحة ذلك.'
  const corpus = path.join(folder, 'corpus.jsonl')
  const spans = path.join(folder, 'spans.jsonl')
  await writeFile(corpus, `${JSON.stringify({id: 'other', text: 'نص آخر'})}\n${JSON.stringify({id: 'a', title: 'عنوان', text})}\n`)
  const second = text.indexOf('\n') + 1
  // `وزارة الصحة` without the و of `وأعلنت`; `واشنطن` as annotated.
  await writeFile(
    spans,
    `${JSON.stringify({
      id: 'a',
      spans: [
        [4, 15, 'PERS'],
        [19, 25, 'LOC'],
        [second + 7, second + 18, 'ORG']
      ]
    })}\n`
  )
  expect(readStandoffSentences(spans, corpus)).toEqual([
    {tokens: ['قال', 'مايك', 'بومبيو', 'في', 'واشنطن', '.'], tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC', 'O'], line: 1},
    {tokens: ['وأعلنت', 'وزارة', 'الصحة', 'ذلك', '.'], tags: ['O', 'B-ORG', 'I-ORG', 'O', 'O'], line: 1}
  ])
})

test('an article the corpus lacks, or a span outside the text, is one error naming the file and line', async () => {
  const folder = await tempDir()
  const corpus = path.join(folder, 'corpus.jsonl')
  await writeFile(corpus, `${JSON.stringify({id: 'a', text: 'نص قصير'})}\n`)
  const missing = path.join(folder, 'missing.jsonl')
  await writeFile(missing, `${JSON.stringify({id: 'b', spans: []})}\n`)
  expect(() => readStandoffSentences(missing, corpus)).toThrow(`${missing}:1: article \`b\` is not in ${corpus}`)
  const outside = path.join(folder, 'outside.jsonl')
  await writeFile(outside, `\n${JSON.stringify({id: 'a', spans: [[3, 40, 'LOC']]})}\n`)
  expect(() => readStandoffSentences(outside, corpus)).toThrow(`${outside}:2: span [3, 40] is outside the text of \`a\``)
})
