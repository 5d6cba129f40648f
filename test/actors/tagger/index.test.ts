import {expect, test} from 'vitest'
import * as api from '../../../scripts/actors/tagger/index.ts'

test('the tagger exports exactly its public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'DEFAULT_MODEL',
    'ENTITY_TYPES',
    'GazetteerBuilder',
    'TAGS',
    'Tagger',
    'addRegistryActors',
    'loadTagger',
    'readRegistryActors',
    'tagsToSpans'
  ])
})
