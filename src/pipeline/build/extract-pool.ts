// Runs the extract stage as articles stream in: on the main thread for small corpora, in worker threads on
// all cores for big ones. Results land at their article's index, so the build stays deterministic whatever
// order the workers finish in, and the number of batches in flight is bounded so reading never runs far
// ahead of extraction (a multi-GB corpus need not fit in memory).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction, SourceArticle } from '../types.ts';
import { addCustomMentions, type Overrides } from './overrides.ts';

export interface ExtractionOptions {
  /** Worker threads; 0 or 1 extracts on the main thread. Defaults to the core count. */
  workers?: number;
  /** Articles per message to a worker. */
  batchSize?: number;
  overrides?: Overrides;
  onProgress?: (done: number) => void;
}

/** Below this many articles, starting workers costs more than it saves. */
export const MIN_ARTICLES_FOR_WORKERS = 400;

/** Extracts one article on the current thread, user overrides included. */
export function extractWithOverrides(
  article: SourceArticle,
  overrides: Overrides | undefined,
): ArticleExtraction {
  const extraction = extractArticle(article);
  return overrides ? addCustomMentions(article, extraction, overrides) : extraction;
}

interface WorkerReply {
  batch: number;
  extractions?: ArticleExtraction[];
  error?: string;
}

export interface ExtractionSink {
  /** Queues an article; resolves when there is room for more (backpressure). */
  push(article: SourceArticle): Promise<void>;
  /** Waits for every queued article and returns the extractions in push order. */
  finish(): Promise<ArticleExtraction[]>;
  /** Stops the workers (on error or interrupt). */
  abort(): Promise<void>;
}

/**
 * Creates a sink that extracts articles as they are pushed. The first MIN_ARTICLES_FOR_WORKERS articles are
 * buffered: a corpus that ends before that is extracted on the main thread, a bigger one goes to workers.
 */
export function createExtractionSink(options: ExtractionOptions = {}): ExtractionSink {
  const workerCount = Math.min(options.workers ?? availableParallelism(), 16);
  const batchSize = options.batchSize ?? 100;
  const results: ArticleExtraction[] = [];
  let done = 0;
  let buffer: SourceArticle[] = [];
  let pool: WorkerPool | null = null;
  let pushed = 0;

  const report = (count: number): void => {
    done += count;
    options.onProgress?.(done);
  };

  const flushToPool = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const batch = buffer;
    const base = pushed - batch.length;
    buffer = [];
    await (pool as WorkerPool).submit(batch, base);
  };

  return {
    async push(article) {
      buffer.push(article);
      pushed += 1;
      if (pool === null) {
        if (workerCount <= 1 || pushed < MIN_ARTICLES_FOR_WORKERS) return;
        pool = new WorkerPool(workerCount, options.overrides, (base, extractions) => {
          extractions.forEach((extraction, offset) => {
            results[base + offset] = extraction;
          });
          report(extractions.length);
        });
      }
      if (buffer.length >= batchSize) await flushToPool();
    },
    async finish() {
      if (pool === null) {
        for (const article of buffer) {
          results.push(extractWithOverrides(article, options.overrides));
          report(1);
        }
        buffer = [];
        return results;
      }
      await flushToPool();
      await pool.drain();
      return results;
    },
    async abort() {
      await pool?.terminate();
    },
  };
}

class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly pending = new Map<number, number>();
  private readonly queue: { batch: number; articles: SourceArticle[] }[] = [];
  private readonly maxInFlight: number;
  private inFlight = 0;
  private nextBatch = 0;
  private failure: Error | null = null;
  private waiters: (() => void)[] = [];

  constructor(
    size: number,
    overrides: Overrides | undefined,
    private readonly onResult: (base: number, extractions: ArticleExtraction[]) => void,
  ) {
    this.maxInFlight = size * 2;
    for (let index = 0; index < size; index += 1) {
      const worker = new Worker(new URL('./extract-worker.mjs', import.meta.url), {
        workerData: { overrides },
      });
      worker.on('message', (reply: WorkerReply) => this.receive(worker, reply));
      worker.on('error', (error) => this.fail(error));
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    if (reply.error !== undefined || reply.extractions === undefined) {
      this.fail(new Error(`entente/extract: worker failed: ${reply.error ?? 'no result'}`));
      return;
    }
    const base = this.pending.get(reply.batch) as number;
    this.pending.delete(reply.batch);
    this.onResult(base, reply.extractions);
    this.inFlight -= 1;
    this.idle.push(worker);
    this.dispatch();
    this.wake();
  }

  private fail(error: Error): void {
    if (this.failure) return;
    this.failure = error;
    void this.terminate();
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const waiter of waiters) waiter();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as { batch: number; articles: SourceArticle[] };
      worker.postMessage(job);
    }
  }

  private async waitUntil(condition: () => boolean): Promise<void> {
    while (!condition()) {
      if (this.failure) throw this.failure;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Queues a batch whose first article has index `base`; resolves once fewer batches are in flight. */
  async submit(articles: SourceArticle[], base: number): Promise<void> {
    if (this.failure) throw this.failure;
    const batch = this.nextBatch++;
    this.pending.set(batch, base);
    this.inFlight += 1;
    this.queue.push({ batch, articles });
    this.dispatch();
    await this.waitUntil(() => this.inFlight < this.maxInFlight);
  }

  async drain(): Promise<void> {
    await this.waitUntil(() => this.inFlight === 0);
    await this.terminate();
  }

  async terminate(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
