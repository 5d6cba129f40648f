import {defaultActorIndex} from './actors/match/actor-index.ts'
import {loadTagger} from './actors/tagger/index.ts'
import {tokenize} from '../src/shared/arabic/tokenize.ts'
const tagger = loadTagger({registry: defaultActorIndex().actors})
for (const s of process.argv.slice(2)) {
  const toks = tokenize(s).map((t) => t.text)
  const [ents] = tagger.entities([toks])
  console.log(s, '→', ents.map((e) => `${toks.slice(e.start, e.end).join(' ')}:${e.type}:${e.confidence.toFixed(2)}`).join(' | '))
}
