import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readStoryArticle} from '../../scripts/stories/read-story-articles.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const article = (yaml: string, body: string) => `---\nid: "a"\ntitle: "عنوان"\noutlet: "BBC Arabic"\n${yaml}---\n\n${body}`

describe('readStoryArticle', () => {
  it('gives the outlet, the blocks and the lead: the first paragraph, headings aside', async () => {
    const file = path.join(await tempDir(), 'a.md')
    await writeFile(file, article('', '## عنوان فرعي\n\nالفقرة \\*الأولى.\n\nالثانية.\n'))
    const read = readStoryArticle(file)
    expect(read).toMatchObject({id: 'a', outlet: 'BBC Arabic', lead: 'الفقرة *الأولى.'})
    expect(read.blocks).toEqual(['عنوان فرعي', 'الفقرة *الأولى.', 'الثانية.'])
  })

  it('an article without text has no lead; a file without frontmatter is named', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'title-only.md'), article('', ''))
    expect(readStoryArticle(path.join(dir, 'title-only.md'))).toMatchObject({blocks: [], lead: undefined})
    await writeFile(path.join(dir, 'bad.md'), 'نص بلا ترويسة\n')
    expect(() => readStoryArticle(path.join(dir, 'bad.md'))).toThrow(/bad\.md: not an article file/)
  })
})
