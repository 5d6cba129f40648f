import {RegistryActorSchema, type RegistryActor} from '../../src/shared/schemas/actor.ts'
import {extractActors, type BodyBlock} from '../../scripts/actors/extract-actors.ts'
import {buildActorIndex, type ActorIndex} from '../../scripts/actors/match/actor-index.ts'
import type {NameTagger} from '../../scripts/actors/match/find-mentions.ts'

type Input = Partial<Omit<RegistryActor, 'id' | 'name' | 'type'>> & Pick<RegistryActor, 'id' | 'name' | 'type'>

/** A registry actor from the fields a test cares about. */
export function actor(input: Input): RegistryActor {
  return RegistryActorSchema.parse({nameEn: input.id, ...input})
}

/**
 * A small registry, independent of `content/actors/`, for matcher,
 * resolution and quote tests.
 */
export const testActors: RegistryActor[] = [
  actor({id: 'khalifa-haftar', name: 'خليفة حفتر', type: 'person', aliases: ['حفتر'], titles: ['اللواء المتقاعد', 'المشير']}),
  actor({id: 'lna', name: 'الجيش الوطني الليبي', type: 'organization', aliases: ['قوات حفتر', 'قوات خليفة حفتر']}),
  actor({id: 'mike-pompeo', name: 'مايك بومبيو', type: 'person', aliases: ['بومبيو']}),
  actor({id: 'jeremy-hunt', name: 'جيريمي هنت', type: 'person', ambiguousAliases: ['هنت']}),
  actor({id: 'donald-trump', name: 'دونالد ترامب', type: 'person', aliases: ['ترامب', 'ترمب', 'دونالد ترمب']}),
  actor({id: 'melania-trump', name: 'ميلانيا ترامب', type: 'person'}),
  actor({id: 'bashar-al-assad', name: 'بشار الأسد', type: 'person', ambiguousAliases: ['الأسد']}),
  actor({id: 'hafez-al-assad', name: 'حافظ الأسد', type: 'person', ambiguousAliases: ['الأسد']}),
  actor({id: 'ali-abdullah-saleh', name: 'علي عبد الله صالح', type: 'person', ambiguousAliases: ['صالح']}),
  actor({id: 'tripoli', name: 'طرابلس', type: 'place'}),
  actor({id: 'libya', name: 'ليبيا', type: 'place'}),
  actor({id: 'lebanon', name: 'لبنان', type: 'place'}),
  actor({id: 'united-kingdom', name: 'بريطانيا', type: 'place', aliases: ['المملكة المتحدة']}),
  actor({id: 'france', name: 'فرنسا', type: 'place'}),
  actor({id: 'russia', name: 'روسيا', type: 'place'}),
  actor({id: 'united-states', name: 'الولايات المتحدة', type: 'place', aliases: ['الولايات المتحدة الأمريكية', 'أمريكا', 'أميركا']}),
  actor({id: 'washington', name: 'واشنطن', type: 'place'}),
  actor({id: 'muscat', name: 'مسقط', type: 'place'}),
  actor({id: 'sirte', name: 'سرت', type: 'place'}),
  actor({id: 'jeddah', name: 'جدة', type: 'place'}),
  actor({id: 'hama', name: 'حماة', type: 'place', aliases: ['حماه']}),
  actor({id: 'douma', name: 'دوما', type: 'place'}),
  actor({id: 'hodeidah', name: 'الحديدة', type: 'place'}),
  // An imported province whose name is a common word ("the white").
  actor({id: 'al-bayda-yemen', name: 'البيضاء', type: 'place', aliases: ['محافظة البيضاء'], ambiguousAliases: ['البيضاء']}),
  actor({id: 'hamas', name: 'حركة حماس', type: 'organization', aliases: ['حماس']}),
  actor({id: 'un-security-council', name: 'مجلس الأمن', type: 'organization', aliases: ['مجلس الأمن الدولي']}),
  actor({id: 'russian-foreign-ministry', name: 'وزارة الخارجية الروسية', type: 'organization', aliases: ['الخارجية الروسية']}),
  actor({id: 'kim-jong-un', name: 'كيم جونغ أون', type: 'person', aliases: ['كيم جونغ-أون'], ambiguousAliases: ['كيم']})
]

/** Phrases that hold a name but name no actor, for the test registry. */
export const testNotActors = ['واشنطن بوست', 'مسقط رأسه']

/** The test registry, indexed. */
export const testIndex: ActorIndex = buildActorIndex({actors: testActors, notActors: testNotActors})

/** Paragraphs (one a line) as an article body. */
export function body(text: string): BodyBlock[] {
  return text.split('\n').map((line) => ({text: line, heading: false}))
}

/** The actors and quotes of `text` (paragraphs one a line) with the test registry. */
export function extract(text: string, tagger?: NameTagger) {
  return extractActors(body(text), {index: testIndex, tagger})
}

/** `{id: forms}` of the actors of `text`, for compact assertions. */
export function formsOf(text: string, tagger?: NameTagger): Record<string, string[]> {
  return Object.fromEntries(extract(text, tagger).actors.map((found) => [found.id, found.forms]))
}
