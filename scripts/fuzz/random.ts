/** A small seeded random generator (mulberry32): the same seed replays the same run. */
export function createRandom(seed: number) {
  let state = seed | 0
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number) => Math.floor(next() * below)
  return {next, int, pick: <T>(list: readonly T[]): T => list[int(list.length)]}
}

export type Random = ReturnType<typeof createRandom>
