import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {encodeUtf16, encodeWindows1256} from '../../scripts/fuzz/encodings.ts'
import {bodyBlocks, runIngest, writeSeeds} from '../helpers/ingest.ts'

const lead = 'أعلن المتحدث باسم الحكومة أن الاجتماع سيعقد الأسبوع المقبل في العاصمة.'
const second = 'وأضاف أن جدول الأعمال يشمل ملفات الاقتصاد والأمن والعلاقات الخارجية.'

function frontmatterOf(markdown: string): Record<string, unknown> {
  return parseYaml(markdown.split('---\n')[1])
}

describe('input formats', () => {
  test('.txt with a YAML sidecar', async () => {
    const seeds = await writeSeeds({
      'a.txt': `${lead}\n${second}\n`,
      'a.meta.yaml': 'title: اجتماع الحكومة\ndate: 2019-04-07\nurl: https://example.org/a\noutlet: الجزيرة\nauthor: مراسل\n'
    })
    const run = await runIngest(seeds)
    expect(run.lines).toEqual([])
    expect(frontmatterOf(run.articles.a)).toEqual({
      id: 'a',
      title: 'اجتماع الحكومة',
      date: '2019-04-07',
      outlet: 'الجزيرة',
      url: 'https://example.org/a',
      author: 'مراسل',
      lang: 'ar'
    })
    expect(bodyBlocks(run.articles.a)).toEqual([lead, second])
  })

  test('.txt with a JSON sidecar that overrides the id', async () => {
    const seeds = await writeSeeds({
      'b.txt': lead,
      'b.meta.json': JSON.stringify({id: 'renamed', date: '2018-05-01T10:30:00+03:00', source: 'وكالات'})
    })
    const run = await runIngest(seeds)
    expect(Object.keys(run.articles)).toEqual(['renamed'])
    expect(frontmatterOf(run.articles.renamed)).toMatchObject({date: '2018-05-01T10:30:00+03:00', source: 'وكالات'})
  })

  test('.md with frontmatter; Markdown syntax reduced to text', async () => {
    const seeds = await writeSeeds({
      'c.md': `---\ntitle: عنوان\ndate: 2018-01-02\n---\n\n${lead}\n\n## عنوان فرعي\n\n- ${second}\n`
    })
    const run = await runIngest(seeds)
    expect(frontmatterOf(run.articles.c)).toMatchObject({title: 'عنوان', date: '2018-01-02'})
    expect(bodyBlocks(run.articles.c)).toEqual([lead, '## عنوان فرعي', second])
  })

  test('.jsonl in the corpus form', async () => {
    const record = (id: string, text: string) =>
      JSON.stringify({id, title: `عنوان ${id}`, date: '2018-03-04T05:06:07+04:00', url: `http://example.org/${id}`, outlet: 'Sky News Arabia', category: 'middleEast', text})
    const seeds = await writeSeeds({'corpus.jsonl': `${record('SK-1', `${lead}\n${second}`)}\n\n${record('SK-2', lead)}\n`})
    const run = await runIngest(seeds)
    expect(run.lines).toEqual([])
    expect(Object.keys(run.articles)).toEqual(['SK-1', 'SK-2'])
    expect(frontmatterOf(run.articles['SK-1'])).toEqual({
      id: 'SK-1',
      title: 'عنوان SK-1',
      date: '2018-03-04T05:06:07+04:00',
      outlet: 'Sky News Arabia',
      url: 'http://example.org/SK-1',
      category: 'middleEast',
      lang: 'ar'
    })
    expect(bodyBlocks(run.articles['SK-1'])).toEqual([lead, second])
  })

  test.each([
    {name: 'UTF-8 with BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${lead}\n${second}`)])},
    {name: 'UTF-16 LE', bytes: encodeUtf16(`${lead}\r\n${second}\r\n`, 'le')},
    {name: 'UTF-16 BE', bytes: encodeUtf16(`${lead}\n${second}`, 'be')},
    {name: 'Windows-1256 with CR line ends', bytes: encodeWindows1256(`${lead}\r${second}\r`)}
  ])('$name', async ({bytes}) => {
    const run = await runIngest(await writeSeeds({'enc.txt': bytes}))
    expect(run.lines).toEqual([])
    expect(bodyBlocks(run.articles.enc)).toEqual([lead, second])
  })

  test('ids that are not URL-safe become safe and stay distinct', async () => {
    const run = await runIngest(await writeSeeds({'خبر 1.txt': lead, 'تقرير 1.txt': lead}))
    const ids = Object.keys(run.articles)
    expect(ids).toHaveLength(2)
    for (const id of ids) expect(id).toMatch(/^1-[0-9a-f]{8}$/)
  })
})

// JSON allows U+2028 and U+2029 unescaped inside strings; scrapers emit them.
describe('line and paragraph separators (U+2028, U+2029)', () => {
  const LS = '\u2028'
  const PS = '\u2029'

  test('.jsonl: a record with them in its title and text is one article, not malformed halves', async () => {
    const records = [
      {id: 'sep-1', title: `اجتماع${LS}الحكومة`, date: '2018-03-04', text: `${lead}${LS}${second}`},
      {id: 'sep-2', title: 'عنوان ثان', text: `${lead}${PS}${second}`}
    ]
    // JSON.stringify escapes neither character, as a scraper's serializer may not.
    const jsonl = records.map((record) => JSON.stringify(record)).join('\r\n')
    expect(jsonl).toContain(LS)
    const run = await runIngest(await writeSeeds({'corpus.jsonl': `${jsonl}\r\n`}))
    expect(run.lines).toEqual([])
    expect(Object.keys(run.articles)).toEqual(['sep-1', 'sep-2'])
    expect(frontmatterOf(run.articles['sep-1'])).toMatchObject({title: 'اجتماع الحكومة'})
    expect(bodyBlocks(run.articles['sep-1'])).toEqual([lead, second])
    expect(bodyBlocks(run.articles['sep-2'])).toEqual([lead, second])
  })

  test('.txt and .md: they end a paragraph', async () => {
    const run = await runIngest(
      await writeSeeds({'t.txt': `${lead}${PS}${second}\n`, 'm.md': `---\ntitle: عنوان\n---\n\n${lead}${LS}${second}\n`})
    )
    expect(run.lines).toEqual([])
    expect(bodyBlocks(run.articles.t)).toEqual([lead, second])
    expect(bodyBlocks(run.articles.m)).toEqual([lead, second])
  })
})
