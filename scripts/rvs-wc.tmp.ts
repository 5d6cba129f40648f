import {writeFileSync} from 'node:fs'
import {buildWordClasses} from './actors/tagger/build-word-classes.ts'
import {readArticleDocuments, DEFAULT_CORPUS} from './actors/tagger/read-corpus.ts'
import {wordClassesToTsv} from './actors/tagger/word-classes.ts'
const docs = readArticleDocuments(DEFAULT_CORPUS).slice(0, Number(process.argv[2]))
const t = performance.now()
const data = buildWordClasses(docs.flat(), {minCount: 3, granularities: [64, 256], iterations: 6})
console.log(((performance.now() - t) / 1000).toFixed(2), 's', data.words.length)
writeFileSync(process.argv[3], wordClassesToTsv(data))
