import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readOutletAndLead} from '../../scripts/stories/read-story-articles.ts'
import {tempDir} from '../helpers/temp-dir.ts'

const article = (yaml: string, body: string) => `---\nid: "a"\ntitle: "عنوان"\noutlet: "BBC Arabic"\n${yaml}---\n\n${body}`

describe('readOutletAndLead', () => {
  it('gives the outlet and the first paragraph, headings aside', async () => {
    const file = path.join(await tempDir(), 'a.md')
    await writeFile(file, article('', '## عنوان فرعي\n\nالفقرة الأولى.\n\nالثانية.\n'))
    expect(readOutletAndLead(file)).toEqual({outlet: 'BBC Arabic', lead: 'الفقرة الأولى.'})
  })

  it('reads the whole file when the frontmatter or the lead runs past the first bytes', async () => {
    const dir = await tempDir()
    const longFrontmatter = path.join(dir, 'long.md')
    await writeFile(longFrontmatter, article(`quotes:\n${'  - text: "كلام منقول طويل"\n'.repeat(2000)}`, 'الفقرة الأولى.\n'))
    expect(readOutletAndLead(longFrontmatter)).toEqual({outlet: 'BBC Arabic', lead: 'الفقرة الأولى.'})
    const longLead = path.join(dir, 'lead.md')
    await writeFile(longLead, article('', `${'كلمة '.repeat(5000)}نهاية.\n\nالثانية.\n`))
    expect(readOutletAndLead(longLead).lead).toMatch(/نهاية\.$/)
  })

  it('an article without text has no lead; a file without frontmatter is named', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'title-only.md'), article('', ''))
    expect(readOutletAndLead(path.join(dir, 'title-only.md'))).toEqual({outlet: 'BBC Arabic', lead: undefined})
    await writeFile(path.join(dir, 'bad.md'), 'نص بلا ترويسة\n')
    expect(() => readOutletAndLead(path.join(dir, 'bad.md'))).toThrow(/bad\.md: not an article file/)
  })
})
