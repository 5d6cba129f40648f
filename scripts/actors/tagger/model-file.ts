import {endianness} from 'node:os'
import type {GazetteerData} from './gazetteer.ts'
import type {PerceptronWeights} from './perceptron.ts'
import type {WordClassesData} from './word-classes.ts'
import {TAG_COUNT, TAGS} from './tags.ts'

/**
 * A trained tagger: the weights of its two passes (the second also reads
 * what the first found elsewhere in the document), the gazetteer it was
 * trained with, and the calibration of its confidence.
 */
export interface ModelData {
  /** Weights of the first pass: word and sentence features. */
  firstPass: PerceptronWeights
  /** Weights of the second pass: the same features plus the document-level ones. */
  secondPass: PerceptronWeights
  /** The gazetteer the features were computed with. */
  gazetteer: GazetteerData
  /** The word classes the features were computed with, if any (see `word-classes.ts`). */
  wordClasses?: WordClassesData
  /**
   * Logistic calibration of entity margins into a confidence:
   * `1 / (1 + exp(-(slope * margin + intercept)))`, fitted on held-out data.
   */
  calibration: {slope: number; intercept: number}
  /** How the model was trained (data, epochs, counts): for people, not for the code. */
  info: Record<string, string | number>
}

/** File layout version; bump when the features or the layout change. */
export const MODEL_FORMAT = 3
const MAGIC = 'ARNER'

interface Header {
  format: number
  tags: readonly string[]
  /** Feature counts of the two passes. */
  features: [number, number]
  calibration: ModelData['calibration']
  info: ModelData['info']
  gazetteer: GazetteerData
  /** Columns and words of the word-class table; its values follow the weights. */
  wordClasses?: {columns: string[]; words: string}
}

/** Words joined by line ends, as the header stores them, split again ('' is none). */
const splitWords = (joined: string) => (joined === '' ? [] : joined.split('\n'))

const align4 = (length: number) => (length + 3) & ~3

const passArrays = (pass: PerceptronWeights) => [pass.keys, pass.weights, pass.transitions, pass.end]

/**
 * The model as bytes: `ARNER`, a 4-byte header length, a JSON header, then
 * little-endian arrays (keys, weights, transitions, end of the first pass,
 * then of the second; then the word-class columns, if any), 4-aligned.
 * The same model always gives the same bytes.
 */
export function modelToBuffer(model: ModelData): Buffer {
  if (endianness() !== 'LE') throw new Error('Writing a tagger model needs a little-endian machine')
  const header: Header = {
    format: MODEL_FORMAT,
    tags: TAGS,
    features: [model.firstPass.keys.length, model.secondPass.keys.length],
    calibration: model.calibration,
    info: model.info,
    gazetteer: model.gazetteer,
    ...(model.wordClasses && {wordClasses: {columns: model.wordClasses.columns, words: model.wordClasses.words.join('\n')}})
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const start = align4(MAGIC.length + 4 + json.length)
  const prefix = Buffer.alloc(start)
  prefix.write(MAGIC, 0, 'latin1')
  prefix.writeUInt32LE(json.length, MAGIC.length)
  json.copy(prefix, MAGIC.length + 4)
  const arrays = [...passArrays(model.firstPass), ...passArrays(model.secondPass), ...(model.wordClasses?.values ?? [])]
  const parts = arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength))
  const length = parts.reduce((sum, part) => sum + part.length, 0)
  return Buffer.concat([prefix, ...parts, Buffer.alloc(align4(length) - length)])
}

/**
 * Reads a model written by `modelToBuffer`.
 *
 * @param file the model's path, for error messages
 * @throws Error naming `file` when the bytes are not a model of this format
 */
export function bufferToModel(buffer: Buffer, file: string): ModelData {
  if (endianness() !== 'LE') throw new Error('Reading a tagger model needs a little-endian machine')
  if (buffer.length < MAGIC.length + 4 || buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) {
    throw new Error(`${file}: not a tagger model (expected it to start with \`${MAGIC}\`)`)
  }
  const jsonLength = buffer.readUInt32LE(MAGIC.length)
  const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header
  if (header.format !== MODEL_FORMAT || header.tags.join() !== TAGS.join()) {
    throw new Error(`${file}: model format ${header.format} does not match this tagger's (${MODEL_FORMAT}): run \`npm run ner:train\``)
  }
  let offset = align4(MAGIC.length + 4 + jsonLength)
  // Copy each array out, so it is 4-aligned whatever the buffer's offset.
  const take = <A extends Uint32Array | Float32Array | Uint16Array>(
    Type: {new (buffer: ArrayBuffer): A; BYTES_PER_ELEMENT: number},
    length: number
  ): A => {
    const bytes = length * Type.BYTES_PER_ELEMENT
    if (offset + bytes > buffer.length) throw new Error(`${file}: model file is truncated`)
    const array = new Type(buffer.buffer.slice(buffer.byteOffset + offset, buffer.byteOffset + offset + bytes) as ArrayBuffer)
    offset += bytes
    return array
  }
  const pass = (count: number): PerceptronWeights => ({
    keys: take(Uint32Array, count),
    weights: take(Float32Array, count * TAG_COUNT),
    transitions: take(Float32Array, (TAG_COUNT + 1) * TAG_COUNT),
    end: take(Float32Array, TAG_COUNT)
  })
  const firstPass = pass(header.features[0])
  const secondPass = pass(header.features[1])
  let wordClasses: WordClassesData | undefined
  if (header.wordClasses) {
    const words = splitWords(header.wordClasses.words)
    wordClasses = {columns: header.wordClasses.columns, words, values: header.wordClasses.columns.map(() => take(Uint16Array, words.length))}
  }
  offset = align4(offset)
  if (offset !== buffer.length) throw new Error(`${file}: model file has ${buffer.length - offset} bytes too many`)
  const model: ModelData = {firstPass, secondPass, gazetteer: header.gazetteer, calibration: header.calibration, info: header.info}
  if (wordClasses) model.wordClasses = wordClasses
  return model
}
