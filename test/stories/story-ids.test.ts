import {describe, expect, it} from 'vitest'
import {assignStoryIds} from '../../scripts/stories/story-ids.ts'

describe('assignStoryIds', () => {
  it('names a new story after its first article', () => {
    expect(assignStoryIds([['a', 'b'], ['c', 'd']], new Map())).toEqual(['a', 'c'])
  })

  it('keeps the id a story had when articles join it, earlier ones too', () => {
    const previous = new Map([['b', 'b'], ['c', 'b']])
    expect(assignStoryIds([['a', 'b', 'c', 'd']], previous)).toEqual(['b'])
  })

  it('keeps the id on the part of a split story that holds most of it, and names the other part anew', () => {
    const previous = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, 'a']))
    expect(assignStoryIds([['a', 'b'], ['c', 'd', 'e']], previous)).toEqual(['a-2', 'a'])
  })

  it('merged stories keep the id of the larger one', () => {
    const previous = new Map([['a', 'a'], ['b', 'a'], ['x', 'x'], ['y', 'x'], ['z', 'x']])
    expect(assignStoryIds([['a', 'b', 'x', 'y', 'z']], previous)).toEqual(['x'])
  })
})
