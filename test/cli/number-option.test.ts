import {expect, test} from 'vitest'
import {wholeNumberOption} from '../../scripts/cli/number-option.ts'

test('a whole number passes as a number', () => {
  expect(wholeNumberOption('10', '--limit')).toBe(10)
  expect(wholeNumberOption('0', '--limit')).toBe(0)
  expect(wholeNumberOption('3', '--epochs', 1)).toBe(3)
})

test('anything else is a one-line error naming the option and the value', () => {
  expect(() => wholeNumberOption('ten', '--limit')).toThrow('--limit: expected a whole number, not `ten`')
  expect(() => wholeNumberOption('', '--limit')).toThrow('--limit: expected a whole number, not ``')
  expect(() => wholeNumberOption('2.5', '--forms')).toThrow('--forms: expected a whole number, not `2.5`')
  expect(() => wholeNumberOption('0', '--seed', 1)).toThrow('--seed: expected a positive whole number, not `0`')
  expect(() => wholeNumberOption('-1', '--limit')).toThrow('--limit: expected a whole number, not `-1`')
})
