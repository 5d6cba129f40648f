import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {documentKeys} from './document-features.ts'
import {
  analyzeWord,
  featureContext,
  OFFSETS,
  sentenceEnd,
  sentenceKeys,
  sentenceStart,
  type FeatureContext,
  type WordAnalysis,
  type WordIdentity
} from './features.ts'
import type {RegistryActor} from '../../../src/shared/schemas/actor.ts'
import {GazetteerBuilder, gazetteerFromData, type Gazetteer} from './gazetteer.ts'
import {bufferToModel, type ModelData} from './model-file.ts'
import {FeatureTable} from './feature-table.ts'
import {addRegistryActors} from './registry-gazetteer.ts'
import {indexToTag, TAG_COUNT, tagsToSpans, type EntitySpan, type Tag} from './tags.ts'
import {Decoder, type TransitionScores} from './viterbi.ts'

const T = TAG_COUNT
/** Scores cached per distinct word and pass: one row of tag scores per offset. */
const ROW = OFFSETS.length * T

/** The committed model, trained on ANERcorp by `npm run ner:train`. */
export const DEFAULT_MODEL = fileURLToPath(new URL('./model/anercorp.bin', import.meta.url))

/**
 * How many distinct words a tagger keeps the scores of; past this the
 * cache starts again. About 400 bytes a word, so some 50 MiB at most.
 */
const MAX_CACHED_WORDS = 1 << 17

/** An entity the tagger found, with how sure it is. */
export interface TaggedEntity extends EntitySpan {
  /**
   * How much better the best tagging is than the best one that does not
   * mark exactly this entity (another tag on one of its tokens, or the
   * entity running on into the next token), in model score units; 0 or
   * more, larger is surer.
   */
  margin: number
  /**
   * `margin` mapped to 0..1 by a logistic curve fitted on held-out
   * ANERcorp sentences: roughly the share of entities with this margin
   * that were right there.
   */
  confidence: number
}

/** Options of `loadTagger`. */
export interface TaggerOptions {
  /** Path of the model file. Default: the committed model (`DEFAULT_MODEL`). */
  model?: string
  /**
   * Registry actors whose names, aliases and titles join the model's
   * gazetteer, so that names added to the registry since training count
   * without retraining. Default: none (the model's gazetteer as trained).
   */
  registry?: readonly RegistryActor[]
  /** A gazetteer to use instead of the model's (and `registry`). Default: the model's. */
  gazetteer?: Gazetteer
}

/**
 * Tags Arabic tokens with BIO entity tags (`B-PERS`, `I-LOC`, `O`, ...), in
 * two passes: the second also sees what the first found in the rest of the
 * document. Keeps a per-word score cache, so use one tagger per thread;
 * the output depends only on the input, never on what was tagged before.
 */
export class Tagger {
  readonly #context: FeatureContext
  readonly #features: FeatureTable
  /** Transition scores of the first and the second pass. */
  readonly #scores: [TransitionScores, TransitionScores]
  readonly #calibration: ModelData['calibration']
  readonly #decoder = new Decoder()
  #slots = new Map<string, number>()
  #identities: WordIdentity[] = []
  #caches: [Float32Array, Float32Array] = [new Float32Array(ROW * 1024), new Float32Array(ROW * 1024)]
  #start = 0
  #end = 1
  #emissions = new Float64Array(T * 256)
  #marginals = new Float64Array(T * 256)

  constructor(model: ModelData, options: {gazetteer?: Gazetteer} = {}) {
    this.#context = featureContext(options.gazetteer ?? gazetteerFromData(model.gazetteer), model.wordClasses)
    this.#features = new FeatureTable([model.firstPass, model.secondPass])
    this.#scores = [
      {transitions: model.firstPass.transitions, end: model.firstPass.end},
      {transitions: model.secondPass.transitions, end: model.secondPass.end}
    ]
    this.#calibration = model.calibration
    this.#resetCache()
  }

  /** The gazetteer the features are computed with: the model's, with the registry's names if given. */
  get gazetteer(): Gazetteer {
    return this.#context.gazetteer
  }

  #resetCache() {
    this.#slots.clear()
    this.#identities = []
    this.#start = this.#addWord(sentenceStart(this.#context))
    this.#end = this.#addWord(sentenceEnd(this.#context))
  }

  #addWord(analysis: WordAnalysis): number {
    const slot = this.#identities.length
    const {normalized, id, names, readings} = analysis
    this.#identities.push({normalized, id, names, readings})
    for (let pass = 0; pass < 2; pass++) {
      let cache = this.#caches[pass]
      if (cache.length < (slot + 1) * ROW) {
        const grown = new Float32Array(cache.length * 2)
        grown.set(cache)
        this.#caches[pass] = cache = grown
      }
      cache.fill(0, slot * ROW, (slot + 1) * ROW)
    }
    const [first, second] = this.#caches
    for (let offset = 0; offset < OFFSETS.length; offset++) {
      const at = slot * ROW + offset * T
      for (const key of analysis.keys[offset]) this.#features.addBoth(key, first, second, at)
    }
    return slot
  }

  #slot(token: string): number {
    let slot = this.#slots.get(token)
    if (slot === undefined) {
      slot = this.#addWord(analyzeWord(token, this.#context))
      this.#slots.set(token, slot)
    }
    return slot
  }

  /**
   * The sentence-level features (`sentenceKeys`) the model has, as
   * `[token, feature, token, feature, ...]`: found once, scored in both passes.
   */
  #sentenceFeatures(identities: readonly WordIdentity[]): Int32Array {
    const found: number[] = []
    const features = this.#features
    sentenceKeys(identities, this.#identities[this.#start], this.#identities[this.#end], (token, key) => {
      const feature = features.find(key)
      if (feature >= 0) found.push(token, feature)
    })
    return Int32Array.from(found)
  }

  /** The emission scores of one sentence for one pass, in a buffer reused by the next call. */
  #score(
    pass: 0 | 1,
    slots: Int32Array,
    sentenceFeatures: Int32Array,
    extraKeys?: readonly (readonly number[])[]
  ): Float64Array {
    const length = slots.length
    if (this.#emissions.length < length * T) {
      this.#emissions = new Float64Array(length * T * 2)
      this.#marginals = new Float64Array(length * T * 2)
    }
    const emissions = this.#emissions
    const cache = this.#caches[pass]
    for (let index = 0; index < length; index++) {
      const row = index * T
      for (let tag = 0; tag < T; tag++) emissions[row + tag] = 0
      for (let offset = 0; offset < OFFSETS.length; offset++) {
        const position = index + OFFSETS[offset]
        const slot = position < 0 ? this.#start : position >= length ? this.#end : slots[position]
        const cached = slot * ROW + offset * T
        for (let tag = 0; tag < T; tag++) emissions[row + tag] += cache[cached + tag]
      }
    }
    const features = this.#features
    for (let index = 0; index < sentenceFeatures.length; index += 2) {
      features.addFeature(pass, sentenceFeatures[index + 1], emissions, sentenceFeatures[index] * T)
    }
    if (extraKeys) {
      for (let token = 0; token < length; token++) for (const key of extraKeys[token]) features.add(pass, key, emissions, token * T)
    }
    return emissions
  }

  /** Runs the first pass over a document: its tag numbers, and the words' cache slots and identities. */
  #firstPass(sentences: readonly (readonly string[])[]) {
    let total = 0
    for (const tokens of sentences) total += tokens.length
    if (this.#slots.size + total > MAX_CACHED_WORDS) this.#resetCache()
    const slots: Int32Array[] = []
    const identities: WordIdentity[][] = []
    const sentenceFeatures: Int32Array[] = []
    const firstPass: Uint8Array[] = []
    for (const tokens of sentences) {
      const sentenceSlots = new Int32Array(tokens.length)
      const sentenceIdentities: WordIdentity[] = new Array(tokens.length)
      for (let index = 0; index < tokens.length; index++) {
        sentenceSlots[index] = this.#slot(tokens[index])
        sentenceIdentities[index] = this.#identities[sentenceSlots[index]]
      }
      const found = this.#sentenceFeatures(sentenceIdentities)
      const tags = new Uint8Array(tokens.length)
      this.#decoder.decode(this.#score(0, sentenceSlots, found), tokens.length, this.#scores[0], tags)
      slots.push(sentenceSlots)
      identities.push(sentenceIdentities)
      sentenceFeatures.push(found)
      firstPass.push(tags)
    }
    return {slots, identities, sentenceFeatures, firstPass}
  }

  /**
   * Runs both passes over a document; calls `onSentence` with each
   * sentence's final emissions, tags and best score, right after decoding
   * it (so the decoder still holds its state for `maxMarginals`).
   */
  #run(
    sentences: readonly (readonly string[])[],
    onSentence: (index: number, emissions: Float64Array, tags: Uint8Array, scores: TransitionScores, best: number) => void
  ): void {
    const {slots, identities, sentenceFeatures, firstPass} = this.#firstPass(sentences)
    const extraKeys = documentKeys(identities, firstPass)
    const scores = this.#scores[1]
    slots.forEach((sentence, index) => {
      const tags = firstPass[index]
      const emissions = this.#score(1, sentence, sentenceFeatures[index], extraKeys[index])
      const best = this.#decoder.decode(emissions, sentence.length, scores, tags)
      onSentence(index, emissions, tags, scores, best)
    })
  }

  /**
   * The best tag of each token of each sentence of a document (an
   * article): names found with a cue in one sentence help find their bare
   * mentions in the others.
   *
   * @param sentences the document's sentences (or paragraphs), each as
   *   tokens: one word, number or punctuation mark a token, as `tokenize`
   *   splits text, clitics attached
   */
  tagDocument(sentences: readonly (readonly string[])[]): Tag[][] {
    const result: Tag[][] = []
    this.#run(sentences, (index, _emissions, tags) => {
      result[index] = Array.from(tags, indexToTag)
    })
    return result
  }

  /** The best tag of each token of one sentence: `tagDocument` of a one-sentence document. */
  tag(tokens: readonly string[]): Tag[] {
    return this.tagDocument([tokens])[0]
  }

  /**
   * The entities of each sentence of a document, in order, each with its
   * margin and confidence (see `TaggedEntity`).
   */
  entities(sentences: readonly (readonly string[])[]): TaggedEntity[][] {
    const result: TaggedEntity[][] = []
    const {slope, intercept} = this.#calibration
    this.#run(sentences, (index, emissions, tagNumbers, scores, best) => {
      const length = tagNumbers.length
      const marginals = this.#marginals
      this.#decoder.maxMarginals(emissions, length, scores, marginals)
      result[index] = tagsToSpans(Array.from(tagNumbers, indexToTag)).map((span) => {
        let margin = Infinity
        for (let token = span.start; token < span.end; token++) {
          let rival = -Infinity
          for (let tag = 0; tag < T; tag++) {
            if (tag !== tagNumbers[token] && marginals[token * T + tag] > rival) rival = marginals[token * T + tag]
          }
          margin = Math.min(margin, best - rival)
        }
        if (span.end < length) {
          // The entity could run on: the next token as I- of the same type.
          margin = Math.min(margin, best - marginals[span.end * T + tagNumbers[span.start] + 1])
        }
        margin = Math.max(0, margin)
        return {...span, margin, confidence: 1 / (1 + Math.exp(-(slope * margin + intercept)))}
      })
    })
    return result
  }
}

/**
 * Loads a tagger from a model file, synchronously (each ingest worker
 * thread loads its own). The default path resolves from this module, so it
 * works from any working directory, in worker threads and under vitest.
 *
 * @throws Error naming the file when it is missing or not a model
 */
export function loadTagger(options: TaggerOptions = {}): Tagger {
  const file = options.model ?? DEFAULT_MODEL
  let buffer: Buffer
  try {
    buffer = readFileSync(file)
  } catch (error) {
    throw new Error(`${file}: cannot read the tagger model (train one with \`npm run ner:train\`)`, {cause: error})
  }
  const model = bufferToModel(buffer, file)
  let gazetteer = options.gazetteer
  if (!gazetteer && options.registry && options.registry.length > 0) {
    gazetteer = addRegistryActors(new GazetteerBuilder().addData(model.gazetteer), options.registry).build()
  }
  return new Tagger(model, {gazetteer})
}
