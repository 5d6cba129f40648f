import {fitLogistic} from './calibrate.ts'
import type {ConllSentence} from './conll.ts'
import {documentKeys} from './document-features.ts'
import {evaluate, type Evaluation} from './evaluate.ts'
import {analyzeWord, featureContext, type FeatureContext, type WordAnalysis} from './features.ts'
import {gazetteerFromData, type GazetteerData} from './gazetteer.ts'
import type {WordClassesData} from './word-classes.ts'
import type {ModelData} from './model-file.ts'
import {PerceptronTrainer, type PerceptronWeights} from './perceptron.ts'
import {Tagger} from './tagger.ts'
import {tagsToSpans, tagToIndex} from './tags.ts'

/**
 * Sentences per document when a file has no article boundaries (ANERcorp
 * has none): the second pass looks for other mentions within runs of this
 * many consecutive sentences, about two or three news articles.
 */
export const DOCUMENT_SENTENCES = 50

/** Parts the training data is cut into to give the second pass honest first-pass tags. */
const JACKKNIFE_FOLDS = 5

/** The training recipe of the committed model (see the README for how each was chosen). */
export const TRAINING_DEFAULTS = {
  /** Passes over the data for the first pass's weights: where the dev scores level off. */
  firstPassEpochs: 8,
  /** Passes over the data for the second pass's weights. */
  secondPassEpochs: 10,
  seed: 20_070_101,
  /** Features seen once are left out: as accurate on dev, and half the model. */
  minFeatureCount: 2
}

/** Options of `trainModel`. */
export interface TrainModelOptions {
  /** The training sentences, in file order. */
  sentences: readonly ConllSentence[]
  gazetteer: GazetteerData
  /** Word classes from unlabeled text (`word-classes.ts`). Default: none, no class features. */
  wordClasses?: WordClassesData
  /** Passes over the data for the first pass's weights. */
  firstPassEpochs: number
  /** Passes over the data for the second pass's weights. */
  secondPassEpochs: number
  /** Seed of the sentence order. */
  seed: number
  /** Features seen fewer times in the training data are left out. */
  minFeatureCount: number
  /**
   * Share of the sentences, taken from the end, held out to report a dev
   * score and to fit the confidence calibration (0 < share < 1).
   */
  devShare: number
  /** Name of the training data, recorded in the model's info. */
  source: string
  /** Receives progress lines. Default: none. */
  log?: (line: string) => void
}

/** What the features of a model trained with `options` are computed with. */
export function trainingContext(options: Pick<TrainModelOptions, 'gazetteer' | 'wordClasses'>): FeatureContext {
  return featureContext(gazetteerFromData(options.gazetteer), options.wordClasses)
}

/** Consecutive runs of `size` sentences: the documents of a file without article boundaries. */
export function toDocuments<S>(sentences: readonly S[], size = DOCUMENT_SENTENCES): S[][] {
  const documents: S[][] = []
  for (let start = 0; start < sentences.length; start += size) documents.push(sentences.slice(start, start + size))
  return documents
}

/** Tags `sentences` with `tagger`, document by document, and scores the result against their gold tags. */
export function evaluateTagger(tagger: Tagger, sentences: readonly ConllSentence[]): Evaluation {
  const predicted = toDocuments(sentences).flatMap((document) =>
    tagger.tagDocument(document.map((sentence) => sentence.tokens))
  )
  return evaluate(
    sentences.map((sentence) => sentence.tags),
    predicted
  )
}

/**
 * Trains one pass's weights on `sentences` for `epochs` epochs, with
 * further feature keys per token (`extraKeys`, per sentence) for the
 * second pass.
 */
export function trainPass(
  sentences: readonly ConllSentence[],
  context: FeatureContext,
  options: TrainModelOptions,
  epochs: number,
  extraKeys?: number[][][]
): PerceptronWeights {
  const trainer = new PerceptronTrainer(
    sentences.map((sentence, index) => ({...sentence, extraKeys: extraKeys?.[index]})),
    context,
    {seed: options.seed, minFeatureCount: options.minFeatureCount}
  )
  for (let epoch = 0; epoch < epochs; epoch++) trainer.epoch()
  return trainer.averaged()
}

/** The weights of both passes. */
export interface TrainedPasses {
  firstPass: PerceptronWeights
  secondPass: PerceptronWeights
}

/**
 * Trains both passes on `sentences`. The second pass learns from
 * document features computed on first-pass tags that were predicted the
 * way they will be at tagging time, on text the first pass did not train
 * on: each fifth of the data is tagged by a first pass trained on the
 * other four fifths (jackknifing).
 */
export function trainPasses(sentences: readonly ConllSentence[], context: FeatureContext, options: TrainModelOptions): TrainedPasses {
  const analyses = new Map<string, WordAnalysis>()
  const analyze = (token: string) => {
    let analysis = analyses.get(token)
    if (!analysis) analyses.set(token, (analysis = analyzeWord(token, context)))
    return analysis
  }
  const firstPassTags: Uint8Array[] = []
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const from = Math.round((sentences.length * fold) / JACKKNIFE_FOLDS)
    const to = Math.round((sentences.length * (fold + 1)) / JACKKNIFE_FOLDS)
    const rest = [...sentences.slice(0, from), ...sentences.slice(to)]
    const weights = trainPass(rest, context, options, options.firstPassEpochs)
    // A second pass without document weights tags exactly like the first.
    const tagger = new Tagger(asModel({firstPass: weights, secondPass: weights}, options), {gazetteer: context.gazetteer})
    for (const sentence of sentences.slice(from, to)) firstPassTags.push(Uint8Array.from(tagger.tag(sentence.tokens), tagToIndex))
  }
  const extraKeys: number[][][] = []
  let start = 0
  for (const document of toDocuments(sentences)) {
    const words = document.map((sentence) => sentence.tokens.map(analyze))
    extraKeys.push(...documentKeys(words, firstPassTags.slice(start, start + document.length)))
    start += document.length
  }
  const firstPass = trainPass(sentences, context, options, options.firstPassEpochs)
  const secondPass = trainPass(sentences, context, options, options.secondPassEpochs, extraKeys)
  return {firstPass, secondPass}
}

/** A model of trained passes, without calibration or info: for evaluating weights. */
export function asModel(passes: TrainedPasses, options: Pick<TrainModelOptions, 'gazetteer' | 'wordClasses'>): ModelData {
  const model: ModelData = {
    firstPass: passes.firstPass,
    secondPass: passes.secondPass,
    gazetteer: options.gazetteer,
    calibration: {slope: 1, intercept: 0},
    info: {}
  }
  if (options.wordClasses) model.wordClasses = options.wordClasses
  return model
}

const formatScores = (evaluation: Evaluation) =>
  `micro F1 ${evaluation.micro.f1.toFixed(3)} (` +
  evaluation.byType.map((score) => `${score.type} ${score.f1.toFixed(3)}`).join(', ') +
  ')'

/**
 * Trains a model: first on all but the last `devShare` of the sentences,
 * to report the dev score and fit the confidence calibration on the
 * held-out part; then on all sentences for the final weights.
 * Deterministic: the same options give the same model, byte for byte.
 */
export function trainModel(options: TrainModelOptions): ModelData {
  const {sentences} = options
  const log = options.log ?? (() => {})
  const context = trainingContext(options)
  const split = Math.round(sentences.length * (1 - options.devShare))
  const train = sentences.slice(0, split)
  const dev = sentences.slice(split)

  log(`dev run: training on ${train.length} sentences, ${dev.length} held out`)
  const held = trainPasses(train, context, options)
  const devTagger = new Tagger(asModel(held, options))
  const firstPassOnly = new Tagger(asModel({firstPass: held.firstPass, secondPass: held.firstPass}, options))
  const devFirst = evaluateTagger(firstPassOnly, dev)
  const devScore = evaluateTagger(devTagger, dev)
  log(`dev, first pass only: ${formatScores(devFirst)}`)
  log(`dev, both passes: ${formatScores(devScore)}`)

  const points: {x: number; outcome: boolean}[] = []
  for (const document of toDocuments(dev)) {
    const found = devTagger.entities(document.map((sentence) => sentence.tokens))
    document.forEach((sentence, index) => {
      const gold = new Set(tagsToSpans(sentence.tags).map((span) => `${span.start}:${span.end}:${span.type}`))
      for (const entity of found[index]) {
        points.push({x: entity.margin, outcome: gold.has(`${entity.start}:${entity.end}:${entity.type}`)})
      }
    })
  }
  const calibration = fitLogistic(points)
  log(
    `confidence = logistic(${calibration.slope.toFixed(4)} * margin + ${calibration.intercept.toFixed(4)}), ` +
      `fitted on ${points.length} dev entities`
  )

  log(`final run: training on all ${sentences.length} sentences`)
  const final = trainPasses(sentences, context, options)
  return {
    ...asModel(final, options),
    calibration,
    info: {
      trainedOn: options.source,
      sentences: sentences.length,
      tokens: sentences.reduce((sum, sentence) => sum + sentence.tokens.length, 0),
      firstPassEpochs: options.firstPassEpochs,
      secondPassEpochs: options.secondPassEpochs,
      seed: options.seed,
      minFeatureCount: options.minFeatureCount,
      devMicroF1: Number(devScore.micro.f1.toFixed(4))
    }
  }
}
