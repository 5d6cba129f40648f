import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {profileArchive} from '../../scripts/stories/article-profile.ts'
import {cosine} from '../../scripts/stories/term-vectors.ts'
import {findStories} from '../../scripts/stories/find-stories.ts'
import {GROUPING} from '../../scripts/stories/group-stories.ts'
import {storiesFile, writeStories} from '../../scripts/stories/stories-file.ts'
import {tempDir} from '../helpers/temp-dir.ts'
import {EARTHQUAKE_ARCHIVE, writeArticles} from './story-articles.ts'

describe('findStories', () => {
  it('groups one event told by several outlets, and nothing else', async () => {
    const content = await tempDir()
    await writeArticles(content, EARTHQUAKE_ARCHIVE)
    const stories = await findStories(content)
    expect(stories).toEqual([
      {
        id: 'quake-first',
        // Oldest first.
        articles: ['quake-first', 'quake-second', 'quake-republished', 'quake-toll'],
        copies: [['quake-second', 'quake-republished']]
      }
    ])
  })

  it('keeps a story’s id when an earlier article joins it, and writes the same bytes on every run', async () => {
    const content = await tempDir()
    const [first, ...rest] = EARTHQUAKE_ARCHIVE
    await writeArticles(content, rest)
    const before = await findStories(content)
    expect(before.map((story) => story.id)).toEqual(['quake-second'])
    await writeStories(content, {basis: 'x', stories: before})
    const written = await readFile(storiesFile(content), 'utf8')
    await writeArticles(content, [first])
    const after = await findStories(content)
    expect(after).toHaveLength(1)
    expect(after[0].id).toBe('quake-second')
    expect(after[0].articles[0]).toBe('quake-first')
    // Grouping again what was grouped gives the same file.
    await writeStories(content, {basis: 'x', stories: before})
    expect(await readFile(storiesFile(content), 'utf8')).toBe(written)
  })

  it('a story never spans more than 14 days, however its articles link', async () => {
    const content = await tempDir()
    const [first] = EARTHQUAKE_ARCHIVE
    await writeArticles(
      content,
      Array.from({length: 40}, (_, day) => ({
        ...first,
        id: `daily-${String(day).padStart(2, '0')}`,
        date: new Date(Date.UTC(2018, 7, 1 + day, 12)).toISOString(),
        paragraphs: [...first.paragraphs, `وهذا هو التقرير رقم ${day + 1} عن الوضع في الجزيرة.`]
      }))
    )
    // Any two linked articles merge: only the span (and size) rules hold stories back.
    const stories = await findStories(content, {...GROUPING, mergeProbability: 0})
    expect(stories.length).toBeGreaterThan(1)
    for (const story of stories) {
      const days = story.articles.map((id) => Number(id.slice(-2)))
      expect(Math.max(...days) - Math.min(...days), story.id).toBeLessThanOrEqual(14)
    }
  })

  it('names the file it cannot read', async () => {
    const content = await tempDir()
    await writeArticles(content, EARTHQUAKE_ARCHIVE.slice(0, 2))
    await writeFile(path.join(content, 'articles', 'broken.md'), 'no frontmatter here\n')
    await expect(findStories(content)).rejects.toThrow(/broken\.md: not an article file/)
  })
})

describe('profileArchive', () => {
  it('gives the same profiles on worker threads as on this one', async () => {
    const content = await tempDir()
    // Many short articles, each a variation of the earthquake reports, over a few weeks.
    await writeArticles(
      content,
      Array.from({length: 300}, (_, index) => {
        const base = EARTHQUAKE_ARCHIVE[index % EARTHQUAKE_ARCHIVE.length]
        return {...base, id: `a-${index}`, date: new Date(Date.UTC(2018, 7, 1 + (index % 20), index % 24)).toISOString(), paragraphs: [...base.paragraphs, `رقم ${index}`]}
      })
    )
    const here = await profileArchive(content, () => 1)
    const workers = await profileArchive(content, () => 2)
    expect(workers.ids).toEqual(here.ids)
    for (const kind of ['text', 'title', 'lead', 'actors', 'numbers'] as const) {
      expect(workers[kind].keys.subarray(0, workers[kind].end(299))).toEqual(here[kind].keys.subarray(0, here[kind].end(299)))
      expect(workers[kind].values.subarray(0, workers[kind].end(299))).toEqual(here[kind].values.subarray(0, here[kind].end(299)))
    }
    expect(workers.signatures.values).toEqual(here.signatures.values)
    expect(workers.outlets).toEqual(here.outlets)
  })

  it('leaves out a teaser: a later paragraph opening like another article’s lead of the same outlet', async () => {
    const content = await tempDir()
    const lead = 'أعلنت السلطات في جزيرة لومبوك اليوم أن فرق الإنقاذ انتشلت عشرات الضحايا من تحت الأنقاض بعد الزلزال'
    const article = (id: string, outlet: string, paragraphs: string[]) => ({id, title: id, date: '2018-08-05T12:00:00Z', outlet, paragraphs})
    await writeArticles(content, [
      article('a-quake', 'CNN', [lead]),
      article('b-teaser', 'CNN', ['قال رئيس الوزراء في خطاب أمام البرلمان إن الميزانية الجديدة تخفض الضرائب على الشركات الصغيرة هذا العام', `${lead}…`]),
      article('c-wire', 'BBC', ['قال رئيس الوزراء في خطاب أمام البرلمان إن الميزانية الجديدة تخفض الضرائب على الشركات الصغيرة هذا العام', `${lead}…`]),
      article('d-other', 'BBC', ['تعادل الفريقان في مباراة الأمس بهدف لكل منهما في الدوري المحلي لكرة القدم'])
    ])
    const profiles = await profileArchive(content, () => 1)
    const row = (id: string) => profiles.ids.indexOf(id)
    // The teaser is left out of the CNN article, kept in the other outlet's (wire copy is evidence).
    expect(cosine(profiles.text, row('a-quake'), row('b-teaser'))).toBe(0)
    expect(cosine(profiles.text, row('a-quake'), row('c-wire'))).toBeGreaterThan(0)
  })
})
