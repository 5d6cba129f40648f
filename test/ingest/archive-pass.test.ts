import {readFile, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {markdownBlocks, splitArticleFile} from '../../scripts/ingest/archive/markdown-blocks.ts'
import {ownActorForms, withArchiveActorsYaml} from '../../scripts/ingest/archive/rewrite-actors.ts'
import {frontmatterToYaml} from '../../scripts/ingest/article/frontmatter-to-yaml.ts'
import {MANIFEST_NAME} from '../../scripts/ingest/write/manifest.ts'
import type {ArticleActor} from '../../src/shared/schemas/actor.ts'
import {bodyBlocks, readArticles, runIngest, writeSeeds} from '../helpers/ingest.ts'

/**
 * Two articles name الوازعية after `مديرية` (a context rule makes it a
 * place there); a third names it alone, twice, and gains it from the
 * archive. The archive pass depends on every article, so adding or
 * removing one may change another: an incremental run must still end
 * with the files a full run writes.
 */
const seeds = {
  'first.txt': 'قتل خمسة مدنيين في قصف على مديرية الوازعية غرب تعز.\nوقال شهود إن القصف استمر ساعتين.',
  'second.txt': 'نزحت عشرات الأسر من مديرية الوازعية بعد اشتداد المعارك.\nوتحدثت منظمات إغاثة عن نقص في الغذاء.',
  'third.txt': 'وصلت تعزيزات عسكرية إلى الوازعية صباح اليوم.\nوقال سكان في الوازعية إن الأسواق أغلقت أبوابها.'
}

/** The articles, byte for byte, and the manifest without the seed paths (the runs read different folders). */
async function contentOf(out: string) {
  const manifest = await readFile(path.join(out, MANIFEST_NAME), 'utf8')
  return {articles: await readArticles(out), manifest: manifest.replace(/"source": "[^"]*\//g, '"source": "')}
}

function actorsOf(markdown: string): {id: string; byArchive?: boolean}[] {
  return parseYaml(splitArticleFile(markdown)!.yaml).actors ?? []
}

test('an article gains a name the rest of the archive knows as an actor, marked byArchive', async () => {
  const run = await runIngest(await writeSeeds(seeds))
  expect(actorsOf(run.articles.first).find(({id}) => id === 'ar-alwaza1yh')?.byArchive).toBeUndefined()
  expect(actorsOf(run.articles.third).find(({id}) => id === 'ar-alwaza1yh')).toMatchObject({name: 'الوازعية', type: 'place', mentions: 2, byArchive: true})
})

test('adding and removing articles gives the same files as a full run', async () => {
  const folder = await writeSeeds({'third.txt': seeds['third.txt']})
  const incremental = await runIngest(folder)
  expect(actorsOf(incremental.articles.third)).toEqual([])

  await writeFile(path.join(folder, 'first.txt'), seeds['first.txt'])
  await writeFile(path.join(folder, 'second.txt'), seeds['second.txt'])
  await runIngest(folder, incremental.out)
  const full = await runIngest(await writeSeeds(seeds))
  expect(await contentOf(incremental.out)).toEqual(await contentOf(full.out))

  await rm(path.join(folder, 'second.txt'))
  await runIngest(folder, incremental.out)
  const fullWithout = await runIngest(await writeSeeds({'first.txt': seeds['first.txt'], 'third.txt': seeds['third.txt']}))
  expect(await contentOf(incremental.out)).toEqual(await contentOf(fullWithout.out))
  expect(actorsOf(fullWithout.articles.third)).toEqual([])
})

test('markdownBlocks reads back the blocks the ingest wrote, escapes undone', async () => {
  const run = await runIngest(await writeSeeds({'a.txt': 'عنوان فرعي\nنص فيه *نجمة* و[قوس] و#وسم_ما و<b>.\nسطر آخر.'}))
  const {body} = splitArticleFile(run.articles.a)!
  expect(markdownBlocks(body)).toEqual(bodyBlocks(run.articles.a).map((block) => block.replace(/^#+ /, '').replace(/\\(.)/g, '$1')))
  expect(markdownBlocks(body).join('\n')).toContain('*نجمة*')
})

describe('withArchiveActorsYaml', () => {
  const own: ArticleActor = {id: 'libya', name: 'ليبيا', type: 'place', mentions: 2, forms: ['ليبيا', 'بليبيا']}
  const gainedA: ArticleActor = {id: 'ar-a', name: 'أ', type: 'place', mentions: 1, forms: ['أ'], byArchive: true}
  const gainedB: ArticleActor = {id: 'ar-b', name: 'ب "ج"', type: 'person', mentions: 3, forms: ['ب "ج"'], byArchive: true}
  const frontmatter = (actors?: ArticleActor[]) =>
    frontmatterToYaml({id: 'x', title: 'عنوان', lang: 'ar', actors, quotes: [{actor: 'libya', verb: 'قال', text: 'نص'}], cleaning: {repeated: 1}})!

  test.each([
    ['no actors, some gained', undefined, [gainedA], [gainedA]],
    ['own actors, some gained', [own], [gainedA, gainedB], [own, gainedA, gainedB]],
    ['own and gained before, others gained now', [own, gainedA], [gainedB], [own, gainedB]],
    ['own and gained before, none now', [own, gainedA], [], [own]],
    ['only gained before, none now', [gainedA, gainedB], [], undefined]
  ])('%s: the same text as writing the whole frontmatter', (_, before, gained, after) => {
    expect(withArchiveActorsYaml(frontmatter(before), gained)).toBe(frontmatter(after))
  })

  test('ownActorForms: the forms of the article’s own actors, as written, not those of archive actors', () => {
    const ownQuoted: ArticleActor = {...own, id: 'x', forms: ['ب "ج"', 'ليبيا']}
    expect(ownActorForms(frontmatter([own, ownQuoted, gainedA]))).toEqual(new Set(['ليبيا', 'بليبيا', 'ب "ج"']))
    expect(ownActorForms(frontmatter(undefined))).toEqual(new Set())
    // A YAML escape JSON lacks (U+2028 as `\L`) leaves that form out, and nothing else.
    expect(ownActorForms('actors:\n  - id: "x"\n    forms:\n      - "أ\\Lب"\n      - "ليبيا"\n')).toEqual(new Set(['ليبيا']))
  })
})
