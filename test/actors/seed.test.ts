import {expect, test} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {ArticleSchema} from '../../src/shared/schemas/article.ts'
import {bodyBlocks, runIngest} from '../helpers/ingest.ts'

const seedFile = new URL('../../seeds/000_71bcbe837b8e2f0b.txt', import.meta.url)

async function ingestSeed() {
  const run = await runIngest(seedFile.pathname)
  const markdown = run.articles['000_71bcbe837b8e2f0b']
  return {markdown, frontmatter: ArticleSchema.parse(parseYaml(markdown.split('---\n')[1]))}
}

test('the seed names its actors, each once, with their types, and no actor that is not a name', async () => {
  const {frontmatter} = await ingestSeed()
  const names = frontmatter.actors.map(({name, type}) => `${type}: ${name}`)
  expect(new Set(names).size).toBe(names.length)
  expect(new Set(frontmatter.actors.map(({id}) => id)).size).toBe(names.length)
  expect(names.toSorted()).toEqual(
    [
      'person: خليفة حفتر',
      'person: مايك بومبيو',
      'person: جيريمي هنت',
      'person: محمد قنونو',
      // Named once, after `المتحدث باسم جهاز الإسعاف والطوارئ` (the context rule for spokespeople),
      // which also names the body he speaks for.
      'person: أسامة علي',
      'organization: جهاز الإسعاف والطوارئ',
      'organization: مجلس الأمن',
      'organization: وزارة الصحة',
      'organization: تويتر',
      'organization: حكومة الوفاق الوطني',
      'organization: الاتحاد الأوروبي',
      'organization: الجيش الوطني الليبي',
      'organization: الأمم المتحدة',
      'organization: بعثة الأمم المتحدة للدعم في ليبيا',
      'place: طرابلس',
      'place: ليبيا',
      'place: روسيا',
      'place: الولايات المتحدة',
      'place: واشنطن',
      'place: نيويورك'
    ].toSorted()
  )
})

test('the seed: mentions merged per actor, with the forms as they stand in the text', async () => {
  const {frontmatter} = await ingestSeed()
  const byId = Object.fromEntries(frontmatter.actors.map((actor) => [actor.id, actor]))
  expect(byId['khalifa-haftar']).toEqual({
    id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person', mentions: 2, forms: ['اللواء المتقاعد خليفة حفتر']
  })
  // قوات حفتر and the quoted "الجيش الوطني الليبي" are the organization, not Haftar.
  expect(byId['libyan-national-army'].forms).toEqual(['الجيش الوطني الليبي', 'قوات خليفة حفتر', 'قوات حفتر'])
  expect(byId['libya'].forms).toEqual(['بليبيا', 'ليبيا'])
  expect(byId['un-security-council'].forms).toEqual(['لمجلس الأمن', 'مجلس الأمن'])
  expect(byId['mike-pompeo'].forms).toEqual(['مايك بومبيو', 'بومبيو'])
  expect(byId['mohamed-gnounou'].forms).toEqual(['العقيد محمد قنونو', 'قنونو'])
  expect(frontmatter.actors[0]).toMatchObject({id: 'tripoli', mentions: 9})
})

test('the seed: every form stands in the body as whole words, so the site can link it without splitting a word', async () => {
  const {markdown, frontmatter} = await ingestSeed()
  const body = bodyBlocks(markdown).join('\n')
  for (const {forms} of frontmatter.actors) {
    for (const form of forms) expect(body).toMatch(new RegExp(`(?<![\\p{L}\\p{M}])${form}(?![\\p{L}\\p{M}])`, 'u'))
  }
})

test('the seed: the reported speech of Pompeo, Hunt and the ambulance service spokesman, and none from the unnamed source', async () => {
  const {frontmatter} = await ingestSeed()
  expect(frontmatter.quotes).toEqual([
    {actor: 'mike-pompeo', verb: 'قال', text: 'واشنطن "تشعر بقلق عميق من القتال قرب طرابلس" وتحث على إجراء محادثات لوقف القتال'},
    {
      actor: 'mike-pompeo',
      verb: 'أضاف',
      text: 'لقد أوضحنا اعتراضنا على الهجوم العسكري الذي تشنه قوات خليفة حفتر ونحث على الوقف الفوري لهذه العمليات العسكرية ضد العاصمة الليبية'
    },
    {actor: 'jeremy-hunt', verb: 'قال', text: 'لا يوجد مبرر لتحرك "الجيش الوطني الليبي"، في إشارة إلى قوات حفتر'},
    {actor: 'jeremy-hunt', verb: 'أضاف', text: 'سيبحث اليوم الاثنين الوضع في ليبيا مع الاتحاد الأوروبي'},
    {actor: 'ar-asamh-a1ly', verb: 'أكد', text: 'فرقهم "لم تتمكن من الدخول إلى مناطق المواجهات"'}
  ])
})
