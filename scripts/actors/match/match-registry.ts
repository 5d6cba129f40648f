import type {ActorIndex, NameEntry, TrieNode} from './actor-index.ts'
import {allowsAmbiguous} from './first-word-readings.ts'
import {hasTanween, misreadsTehMarbuta} from './name-spelling.ts'
import type {TokenizedBlock} from './tokenized-block.ts'

/** A registry name found in a block: tokens `[start, end)`. */
export interface RegistryMatch {
  start: number
  end: number
  /** Proclitics on the first token, normalized: `ب` in `بطرابلس`, `` for none. */
  prefix: string
  /** The first token without them, normalized: `طرابلس`. */
  stem: string
  entry: NameEntry
}

/**
 * Find the registry's names in a block, left to right, longest first.
 *
 * At each token every reading of the word (whole, then with proclitics
 * stripped: `بطرابلس` → `طرابلس`) is followed down the name trie over
 * the next tokens; the longest name wins, and between equally long names the
 * least stripped reading, so a name the registry knows whole keeps its
 * first letter (`بومبيو` is never ب + `ومبيو`). Matches do not overlap,
 * and a word with tanween is never a name.
 */
export function matchRegistry(block: TokenizedBlock, index: ActorIndex): RegistryMatch[] {
  const {tokens, normalized} = block
  const matches: RegistryMatch[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue
    const starts = index.starts.get(normalized[i])
    if (!starts) continue
    let best: RegistryMatch | undefined
    for (const start of starts) {
      let node: TrieNode | undefined = start.node
      let found: RegistryMatch | undefined
      for (let j = i; node; ) {
        if (node.entry && (!node.entry.ambiguous || allowsAmbiguous(start.prefix))) {
          found = {start: i, end: j + 1, prefix: start.prefix, stem: start.stem, entry: node.entry}
        }
        j++
        node = j < tokens.length ? node.next?.get(normalized[j]) : undefined
      }
      if (found && (!best || found.end > best.end)) best = found
    }
    if (best && !hasTanween(block, best.start, best.end) && !misreadsTehMarbuta(block, best.start, best.end, best.stem, index)) {
      matches.push(best)
      i = best.end - 1
    }
  }
  return matches
}
