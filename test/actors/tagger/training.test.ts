import {fileURLToPath} from 'node:url'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {fitLogistic} from '../../../scripts/actors/tagger/calibrate.ts'
import {readConllFile} from '../../../scripts/actors/tagger/conll.ts'
import {analyzeWord, sentenceEnd, sentenceStart, tokenKeys} from '../../../scripts/actors/tagger/features.ts'
import {GazetteerBuilder, gazetteerBit, gazetteerFromData} from '../../../scripts/actors/tagger/gazetteer.ts'
import {triggerLexicon} from '../../../scripts/actors/tagger/lexicon.ts'
import {bufferToModel, modelToBuffer, type ModelData} from '../../../scripts/actors/tagger/model-file.ts'
import {goldTagNumbers, PerceptronTrainer} from '../../../scripts/actors/tagger/perceptron.ts'
import {loadTagger, Tagger} from '../../../scripts/actors/tagger/tagger.ts'
import {TAG_COUNT, indexToTag} from '../../../scripts/actors/tagger/tags.ts'
import {trainModel, type TrainModelOptions} from '../../../scripts/actors/tagger/train-model.ts'
import {Decoder} from '../../../scripts/actors/tagger/viterbi.ts'
import {tempDir} from '../../helpers/temp-dir.ts'

const sentences = readConllFile(fileURLToPath(new URL('./fixtures/tiny.conll', import.meta.url)))
const gazetteer = new GazetteerBuilder().addName('القاهرة', 'LOC').toData()
const options: TrainModelOptions = {
  sentences,
  gazetteer,
  wordClasses: {columns: ['class4'], words: ['القاهره', 'سمير', 'قال'], values: [Uint16Array.from([1, 3, 2])]},
  firstPassEpochs: 5,
  secondPassEpochs: 5,
  seed: 1,
  minFeatureCount: 1,
  devShare: 0.34,
  source: 'tiny.conll'
}

describe('training', () => {
  test('is deterministic: the same data give a byte-identical model', () => {
    const first = modelToBuffer(trainModel(options))
    const second = modelToBuffer(trainModel(options))
    expect(first.equals(second)).toBe(true)
    // A different seed orders the sentences differently, so the weights differ.
    expect(first.equals(modelToBuffer(trainModel({...options, seed: 2})))).toBe(false)
  })

  test('learns the training sentences', () => {
    const tagger = new Tagger(trainModel(options))
    for (const sentence of sentences) expect(tagger.tag(sentence.tokens)).toEqual(sentence.tags)
  })

  test('reads a stray I- tag as B- when learning', () => {
    expect(Array.from(goldTagNumbers(['O', 'I-LOC', 'I-LOC', 'B-PERS', 'I-ORG']), indexToTag)).toEqual([
      'O', 'B-LOC', 'I-LOC', 'B-PERS', 'B-ORG'
    ])
  })

  test('the model file round-trips, and a file that is no model is a clear error', async () => {
    const model = trainModel(options)
    const file = path.join(await tempDir(), 'model.bin')
    await writeFile(file, modelToBuffer(model))
    const tagger = loadTagger({model: file})
    expect(tagger.tag(sentences[0].tokens)).toEqual(sentences[0].tags)
    expect(bufferToModel(modelToBuffer(model), file)).toEqual(model)
    await writeFile(file, 'not a model')
    expect(() => loadTagger({model: file})).toThrow(/model\.bin: not a tagger model/)
    expect(() => loadTagger({model: '/nonexistent/model.bin'})).toThrow(/cannot read the tagger model/)
  })
})

describe('Tagger', () => {
  test('its cached scores decode like the features summed one by one', () => {
    const context = {gazetteer: gazetteerFromData(gazetteer), triggers: triggerLexicon()}
    const trainer = new PerceptronTrainer(sentences, context, {seed: 3, minFeatureCount: 1})
    trainer.epoch()
    const weights = trainer.averaged()
    const model: ModelData = {firstPass: weights, secondPass: weights, gazetteer, calibration: {slope: 1, intercept: 0}, info: {}}
    const tagger = new Tagger(model)
    const index = new Map(Array.from(weights.keys, (key, number) => [key, number]))
    const tokens = ['وقال', 'سمير', 'إن', 'منظمة', 'الصحة', 'العالمية', 'في', 'دمشق', 'وبغداد', '.']
    const words = tokens.map((token) => analyzeWord(token, context))
    const keys = tokenKeys(words, sentenceStart(context), sentenceEnd(context))
    const emissions = new Float64Array(tokens.length * TAG_COUNT)
    keys.forEach((list, token) => {
      for (const key of list) {
        const number = index.get(key)
        if (number === undefined) continue
        for (let tag = 0; tag < TAG_COUNT; tag++) emissions[token * TAG_COUNT + tag] += weights.weights[number * TAG_COUNT + tag]
      }
    })
    const expected = new Uint8Array(tokens.length)
    new Decoder().decode(emissions, tokens.length, weights, expected)
    expect(tagger.tag(tokens)).toEqual(Array.from(expected, indexToTag))
  })

  test('tagging does not depend on what was tagged before', () => {
    const tagger = new Tagger(trainModel(options))
    const alone = new Tagger(trainModel(options)).tag(sentences[2].tokens)
    for (const sentence of sentences) tagger.tag(sentence.tokens)
    expect(tagger.tag(sentences[2].tokens)).toEqual(alone)
  })

  test('entities come with a margin and a confidence', () => {
    const tagger = new Tagger(trainModel(options))
    const [entities] = tagger.entities([sentences[0].tokens])
    expect(entities.map(({start, end, type}) => ({start, end, type}))).toEqual([
      {start: 2, end: 4, type: 'PERS'},
      {start: 5, end: 6, type: 'LOC'}
    ])
    for (const entity of entities) {
      expect(entity.margin).toBeGreaterThan(0)
      expect(entity.confidence).toBeGreaterThan(0)
      expect(entity.confidence).toBeLessThan(1)
    }
  })
})

test('fitLogistic: more margin, more confidence', () => {
  const points = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((x) => ({x, outcome: x >= 3}))
  points.push({x: 2, outcome: true}, {x: 6, outcome: false})
  const {slope, intercept} = fitLogistic(points)
  expect(slope).toBeGreaterThan(0)
  const p = (x: number) => 1 / (1 + Math.exp(-(slope * x + intercept)))
  expect(p(0)).toBeLessThan(0.2)
  expect(p(9)).toBeGreaterThan(0.8)
})

test('loadTagger adds registry actors to the model gazetteer', async () => {
  const file = path.join(await tempDir(), 'model.bin')
  await writeFile(file, modelToBuffer(trainModel(options)))
  const registry = [
    {id: 'x', name: 'زيد عمرو', nameEn: 'Zayd Amr', type: 'person' as const, aliases: [], ambiguousAliases: [], titles: [], formerIds: []}
  ]
  const plain = loadTagger({model: file})
  const withRegistry = loadTagger({model: file, registry})
  expect(plain.gazetteer.namesStartingWith('زيد')).toBeUndefined()
  expect(withRegistry.gazetteer.namesStartingWith('زيد')?.[0].types).toBe(gazetteerBit('PERS'))
  expect(withRegistry.gazetteer.wordTypes('القاهره')).toBe(gazetteerBit('LOC'))
})
