import type {Worker} from 'node:worker_threads'

/** What a worker sends back when a request failed; any other reply carries a different `type`. */
export interface WorkerError {
  type: 'error'
  message: string
}

/**
 * Drive every worker of the pool until each calls `finish`: `step` runs
 * once with no reply (to send the first request), then on each reply. An
 * error reply or a worker that fails or exits rejects; `label` names the
 * workers in that error (`An article worker`).
 */
export function everyWorker<Reply extends {type: string}>(
  pool: Worker[],
  label: string,
  step: (worker: Worker, reply: Exclude<Reply, WorkerError> | undefined, finish: () => void) => void
): Promise<void> {
  return Promise.all(
    pool.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          const finish = () => {
            worker.off('message', onMessage).off('error', reject).off('exit', onExit)
            resolve()
          }
          const onMessage = (reply: Reply | WorkerError) => {
            if (reply.type === 'error') reject(new Error((reply as WorkerError).message))
            else step(worker, reply as Exclude<Reply, WorkerError>, finish)
          }
          const onExit = (code: number) => reject(new Error(`${label} stopped with code ${code}.`))
          worker.on('message', onMessage).once('error', reject).once('exit', onExit)
          step(worker, undefined, finish)
        })
    )
  ).then(() => undefined)
}
