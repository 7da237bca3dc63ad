// Reads an import file in a worker thread whose heap is capped (resourceLimits): a file that would need more memory
// fails its import with imports.outOfMemory instead of growing the server. Rows come back in chunks, one chunk read
// ahead; leaving the loop early (a preview) stops the worker.
import { Worker } from 'node:worker_threads';
import { FileFormatError, type Format } from './file-reader.ts';
import type { ReadChunk } from './read-worker.ts';
import { workerEntry } from './worker-entry.ts';

/** The reader's heap: the bounded parser state (shared strings up to 32 M characters) plus a chunk or two of rows. */
export const READER_LIMITS = { maxOldGenerationSizeMb: 160, maxYoungGenerationSizeMb: 16 };
const CHUNK = 500;

function request(worker: Worker): Promise<ReadChunk> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (chunk: ReadChunk) => (done(), resolve(chunk));
    const onError = (error: Error & { code?: string }) => {
      done();
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new FileFormatError('imports.outOfMemory') : error);
    };
    const onExit = () => (done(), reject(new FileFormatError('imports.unreadableFile')));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage('pull');
  });
}

/** readRows (file-reader.ts) in a memory-capped worker thread. */
export async function* readRowsIsolated(
  filePath: string,
  format: Format,
  resourceLimits = READER_LIMITS,
): AsyncGenerator<{ rowNo: number; cells: string[] }> {
  const entry = workerEntry('read-worker');
  const worker = new Worker(entry.filename, {
    eval: entry.eval,
    workerData: { filePath, format, chunk: CHUNK },
    resourceLimits,
  });
  try {
    let pending = request(worker);
    for (;;) {
      const chunk = await pending;
      if (chunk.error) throw new FileFormatError(chunk.error);
      if (!chunk.done) {
        pending = request(worker); // read the next chunk while this one is processed
        pending.catch(() => undefined); // awaited next time round, or dropped when the caller stops early
      }
      yield* chunk.rows;
      if (chunk.done) return;
    }
  } finally {
    await worker.terminate();
  }
}
