/** A worker thread of `readPages`: reads and parses the batches of built pages it is sent. */
import {serveFileBatches} from '../../src/shared/file-batches.ts'
import {readPageBatch} from './read-pages.ts'

serveFileBatches(readPageBatch)
