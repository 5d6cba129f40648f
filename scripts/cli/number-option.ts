/**
 * A command-line option that must be a whole number, as a number; a bad
 * value throws a one-line error naming the option
 * (`--limit: expected a whole number, not \`ten\``).
 *
 * @param min smallest value allowed: `0` for counts and limits, `1` for epochs and seeds.
 */
export function wholeNumberOption(value: string, option: string, min = 0): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < min) {
    const expected = min === 1 ? 'a positive whole number' : min === 0 ? 'a whole number' : `a whole number of at least ${min}`
    throw new TypeError(`${option}: expected ${expected}, not \`${value}\``)
  }
  return number
}
