/** A worker thread of `checkLinks`: reads the links and anchors of the batches of files it is sent. */
import {serveFileBatches} from '../../../src/shared/file-batches.ts'
import {readLinkBatch} from './check-links.ts'

serveFileBatches(readLinkBatch)
