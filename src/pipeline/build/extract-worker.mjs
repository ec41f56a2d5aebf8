// Worker-thread entry for parallel extraction: registers tsx (workers do not inherit the main thread's
// loader), then answers batches of articles with their extractions.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractWithOverrides } = await import('./extract-pool.ts');
const overrides = workerData?.overrides;

parentPort.on('message', ({ batch, articles }) => {
  try {
    parentPort.postMessage({
      batch,
      extractions: articles.map((article) => extractWithOverrides(article, overrides)),
    });
  } catch (error) {
    parentPort.postMessage({
      batch,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
