// Worker-thread entry for parallel extraction: registers tsx (workers do not inherit the main thread's
// loader), then answers batches of articles with their extractions.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { extractArticle } = await import('../extract/index.ts');

parentPort.on('message', ({ batch, articles }) => {
  try {
    parentPort.postMessage({ batch, extractions: articles.map((article) => extractArticle(article)) });
  } catch (error) {
    parentPort.postMessage({
      batch,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
});
