// Runs the extract stage over many articles, in worker threads when the corpus is big enough to repay
// starting them, keeping results in input order so the build stays deterministic.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction, SourceArticle } from '../types.ts';

export interface ExtractAllOptions {
  /** Number of worker threads; 0 or 1 extracts on the main thread. Defaults to the core count. */
  workers?: number;
  /** Articles per message to a worker. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many articles, worker start-up costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 400;

interface WorkerReply {
  batch: number;
  extractions?: ArticleExtraction[];
  error?: string;
}

export async function extractAll(
  articles: readonly SourceArticle[],
  options: ExtractAllOptions = {},
): Promise<ArticleExtraction[]> {
  const workerCount = Math.min(options.workers ?? availableParallelism(), 16);
  if (workerCount <= 1 || articles.length < MIN_ARTICLES_FOR_WORKERS) {
    const extractions: ArticleExtraction[] = [];
    for (const [index, article] of articles.entries()) {
      extractions.push(extractArticle(article));
      if (index % 100 === 99) options.onProgress?.(index + 1, articles.length);
    }
    options.onProgress?.(articles.length, articles.length);
    return extractions;
  }
  return extractInWorkers(articles, workerCount, options.batchSize ?? 200, options.onProgress);
}

function extractInWorkers(
  articles: readonly SourceArticle[],
  workerCount: number,
  batchSize: number,
  onProgress: ExtractAllOptions['onProgress'],
): Promise<ArticleExtraction[]> {
  const batches: SourceArticle[][] = [];
  for (let start = 0; start < articles.length; start += batchSize) {
    batches.push(articles.slice(start, start + batchSize));
  }
  const results: ArticleExtraction[][] = new Array(batches.length);
  let nextBatch = 0;
  let finishedBatches = 0;
  let done = 0;
  const workers: Worker[] = [];

  return new Promise((resolve, reject) => {
    let failed = false;
    const fail = (error: Error): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const feed = (worker: Worker): void => {
      if (nextBatch >= batches.length) {
        void worker.terminate();
        return;
      }
      const batch = nextBatch++;
      worker.postMessage({ batch, articles: batches[batch] });
    };
    for (let index = 0; index < Math.min(workerCount, batches.length); index += 1) {
      const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url));
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.error !== undefined || reply.extractions === undefined) {
          fail(new Error(`entente/extract: worker failed: ${reply.error ?? 'no result'}`));
          return;
        }
        results[reply.batch] = reply.extractions;
        finishedBatches += 1;
        done += reply.extractions.length;
        onProgress?.(done, articles.length);
        if (finishedBatches === batches.length) {
          for (const other of workers) void other.terminate();
          resolve(results.flat());
          return;
        }
        feed(worker);
      });
      worker.on('error', fail);
      feed(worker);
    }
  });
}
