import {describe, expect, test} from 'vitest'
import {isAllowedTransition, tagsToSpans, tagToIndex} from '../../../scripts/actors/tagger/tags.ts'

describe('tagsToSpans (conlleval reading)', () => {
  test.each([
    {tags: ['O', 'B-PERS', 'I-PERS', 'O', 'B-LOC'], expected: [[1, 3, 'PERS'], [4, 5, 'LOC']]},
    {tags: ['I-LOC', 'I-LOC', 'O'], expected: [[0, 2, 'LOC']]},
    {tags: ['O', 'I-ORG', 'O', 'I-ORG'], expected: [[1, 2, 'ORG'], [3, 4, 'ORG']]},
    {tags: ['B-PERS', 'I-LOC', 'I-LOC'], expected: [[0, 1, 'PERS'], [1, 3, 'LOC']]},
    {tags: ['B-PERS', 'B-PERS', 'I-PERS'], expected: [[0, 1, 'PERS'], [1, 3, 'PERS']]},
    {tags: ['B-MISC', 'I-MISC', 'B-ORG', 'I-ORG', 'I-ORG'], expected: [[0, 2, 'MISC'], [2, 5, 'ORG']]},
    {tags: ['O', 'O'], expected: []},
    {tags: [], expected: []}
  ])('$tags → $expected', ({tags, expected}) => {
    expect(tagsToSpans(tags).map((span) => [span.start, span.end, span.type])).toEqual(expected)
  })
})

describe('isAllowedTransition', () => {
  test('I-X only continues B-X or I-X', () => {
    expect(isAllowedTransition(tagToIndex('B-PERS'), tagToIndex('I-PERS'))).toBe(true)
    expect(isAllowedTransition(tagToIndex('I-PERS'), tagToIndex('I-PERS'))).toBe(true)
    expect(isAllowedTransition(tagToIndex('O'), tagToIndex('I-PERS'))).toBe(false)
    expect(isAllowedTransition(tagToIndex('B-LOC'), tagToIndex('I-PERS'))).toBe(false)
    expect(isAllowedTransition(-1, tagToIndex('I-ORG'))).toBe(false)
    expect(isAllowedTransition(-1, tagToIndex('B-ORG'))).toBe(true)
    expect(isAllowedTransition(tagToIndex('I-ORG'), tagToIndex('B-ORG'))).toBe(true)
  })
})
