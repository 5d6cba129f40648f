import {describe, expect, test} from 'vitest'
import {evaluate, formatEvaluation} from '../../../scripts/actors/tagger/evaluate.ts'

describe('evaluate (entity-level, conlleval semantics)', () => {
  // Gold: PERS 0-2, LOC 3, ORG 5-7 | LOC 0, PERS 2
  const gold = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'O'],
    ['B-LOC', 'O', 'B-PERS']
  ]
  // Found: PERS 0-2 (right), LOC 3 (right), ORG 5-6 (too short) | PERS 0 (wrong type), PERS 2 (right)
  const predicted = [
    ['B-PERS', 'I-PERS', 'O', 'B-LOC', 'O', 'B-ORG', 'O', 'O'],
    ['B-PERS', 'O', 'B-PERS']
  ]
  const evaluation = evaluate(gold, predicted)

  test('counts gold, found and exactly right entities per type', () => {
    expect(evaluation.byType.map(({type, gold, found, correct}) => ({type, gold, found, correct}))).toEqual([
      {type: 'PERS', gold: 2, found: 3, correct: 2},
      {type: 'LOC', gold: 2, found: 1, correct: 1},
      {type: 'ORG', gold: 1, found: 1, correct: 0}
    ])
  })

  test('precision, recall and F1 per type and micro-averaged', () => {
    const pers = evaluation.byType[0]
    expect(pers.precision).toBeCloseTo(2 / 3, 12)
    expect(pers.recall).toBe(1)
    expect(pers.f1).toBeCloseTo(0.8, 12)
    const loc = evaluation.byType[1]
    expect([loc.precision, loc.recall, loc.f1]).toEqual([1, 0.5, 2 / 3])
    expect(evaluation.byType[2].f1).toBe(0)
    // 3 correct of 5 found, of 5 gold.
    expect(evaluation.micro).toMatchObject({gold: 5, found: 5, correct: 3, precision: 0.6, recall: 0.6})
    expect(evaluation.micro.f1).toBeCloseTo(0.6, 12)
    expect(evaluation.accuracy).toBeCloseTo(9 / 11, 12)
  })

  test('a stray I- tag is an entity, as conlleval reads it', () => {
    const result = evaluate([['O', 'B-LOC', 'O']], [['O', 'I-LOC', 'O']])
    expect(result.micro).toMatchObject({correct: 1, precision: 1, recall: 1, f1: 1})
  })

  test('nothing found gives 0, not NaN', () => {
    const result = evaluate([['B-ORG']], [['O']])
    expect(result.micro).toMatchObject({precision: 0, recall: 0, f1: 0})
  })

  test('the report ends with the micro F1 line', () => {
    const lines = formatEvaluation(evaluation).split('\n')
    expect(lines.at(-1)).toBe('micro F1 0.600')
    expect(lines[0]).toBe('processed 11 tokens with 5 phrases; found: 5 phrases; correct: 3.')
    expect(lines).toContain('             PERS: precision:  66.67%; recall: 100.00%; FB1:  80.00  3 (gold 2, correct 2)')
  })

  test('sentences of different lengths are an error', () => {
    expect(() => evaluate([['O', 'O']], [['O']])).toThrowErrorMatchingInlineSnapshot(
      `[Error: Sentence 1: expected 2 predicted tags, not 1]`
    )
  })
})
