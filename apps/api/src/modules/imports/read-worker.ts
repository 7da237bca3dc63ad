// Worker-thread side of the isolated file reader (isolated-reader.ts): reads the file with readRows and answers each
// "pull" with the next chunk of rows, so nothing is read ahead of the importer and the parser's memory (exceljs,
// shared strings, CSV buffers) lives in this thread's capped heap, not the server's.
import { parentPort, workerData } from 'node:worker_threads';
import { FileFormatError, readRows, type Format } from './file-reader.ts';

export type ReadChunk = { rows: { rowNo: number; cells: string[] }[]; done: boolean; error?: string };

const { filePath, format, chunk } = workerData as { filePath: string; format: Format; chunk: number };
const port = parentPort!;
const rows = readRows(filePath, format)[Symbol.asyncIterator]();

async function nextChunk(): Promise<ReadChunk> {
  const out: ReadChunk['rows'] = [];
  while (out.length < chunk) {
    const next = await rows.next();
    if (next.done) return { rows: out, done: true };
    out.push(next.value);
  }
  return { rows: out, done: false };
}

port.on('message', () => {
  nextChunk().then(
    (reply) => port.postMessage(reply),
    (error: unknown) =>
      port.postMessage({
        rows: [],
        done: true,
        error: error instanceof FileFormatError ? error.message : 'imports.unreadableFile',
      }),
  );
});
