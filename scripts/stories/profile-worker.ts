/** Worker thread of the story grouping: profiles its run of articles (`profileShard`), sends it back, and ends. */
import {parentPort, workerData} from 'node:worker_threads'
import {profileShard, type ShardRequest} from './profile-shard.ts'

try {
  const profile = profileShard(workerData as ShardRequest)
  // Moved, not copied: the arrays are most of the archive's profile.
  const rows = [profile.text, profile.title, profile.lead, profile.actors, profile.numbers, profile.openings]
  const buffers: ArrayBuffer[] = [...rows.flatMap((raw) => [raw.offsets.buffer, raw.keys.buffer, raw.values.buffer]), profile.times.buffer, profile.signatures.buffer, profile.present.buffer].map((buffer) => buffer as ArrayBuffer)
  parentPort!.postMessage({type: 'profile', profile}, buffers)
} catch (error) {
  parentPort!.postMessage({type: 'error', message: error instanceof Error ? error.message : String(error)})
}
// Done: the thread ends by itself (terminating it while V8 may still compile in the background can crash the process).
parentPort!.close()
