import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, describe, expect, test} from 'vitest'
import {readArticleDocuments} from '../../../scripts/actors/tagger/read-corpus.ts'

const folder = mkdtempSync(path.join(os.tmpdir(), 'arshif-read-corpus-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function corpus(name: string, lines: string[]): string {
  const file = path.join(folder, name)
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('readArticleDocuments', () => {
  const file = corpus('articles.jsonl', [
    JSON.stringify({title: 'زيارة الرئيس', text: 'قال الرئيس إنه زار بغداد.\n\nثم غادر.'}),
    '',
    JSON.stringify({text: 'وصل الوفد أمس.'}),
    'not json'
  ])

  test('each article is its title and paragraphs, tokenized; blank lines are no article', () => {
    expect(() => readArticleDocuments(file)).toThrow(`${file}:4: expected a JSON object`)
    expect(readArticleDocuments(file, 2)).toEqual([
      [['زيارة', 'الرئيس'], ['قال', 'الرئيس', 'إنه', 'زار', 'بغداد', '.'], ['ثم', 'غادر', '.']],
      [['وصل', 'الوفد', 'أمس', '.']]
    ])
  })

  test('with a limit, the lines after the first articles are not read', () => {
    expect(readArticleDocuments(file, 1)).toHaveLength(1)
    expect(readArticleDocuments(file, 0)).toEqual([])
  })

  test('a line without a string `text` is named with its line', () => {
    const bad = corpus('no-text.jsonl', [JSON.stringify({title: 'x'})])
    expect(() => readArticleDocuments(bad)).toThrow(`${bad}:1: expected a string \`text\``)
  })
})
