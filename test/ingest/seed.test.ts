import {readFile} from 'node:fs/promises'
import {expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {bodyBlocks, runIngest} from '../helpers/ingest.ts'

const seedFile = new URL('../../seeds/000_71bcbe837b8e2f0b.txt', import.meta.url)

test('the seed: 12 opening paragraphs once, `## إجلاء الجرحى`, the 7 after it', async () => {
  const run = await runIngest(seedFile.pathname)
  expect(run.lines).toEqual([])
  const markdown = run.articles['000_71bcbe837b8e2f0b']
  const lines = (await readFile(seedFile, 'utf8')).split('\n')
  const blocks = bodyBlocks(markdown)
  expect(blocks).toEqual([...lines.slice(0, 12), '## إجلاء الجرحى', ...lines.slice(25)])
  expect(lines.slice(12, 24)).toEqual(lines.slice(0, 12))
  expect(lines[24]).toBe('إجلاء الجرحى')
})

test('the seed: derived title, undated, counts of what cleaning did', async () => {
  const run = await runIngest(seedFile.pathname)
  const frontmatter = parseYaml(run.articles['000_71bcbe837b8e2f0b'].split('---\n')[1])
  expect(frontmatter).toMatchObject({
    id: '000_71bcbe837b8e2f0b',
    title: 'دعت الولايات المتحدة الأحد إلى وقف العمليات العسكرية التي يشنها اللواء المتقاعد خليفة حفتر على طرابلس',
    titleDerived: true,
    undated: true,
    lang: 'ar',
    cleaning: {dropRepeatedParagraphs: 12, detectSubheadings: 1}
  })
  expect(frontmatter.date).toBeUndefined()
})
