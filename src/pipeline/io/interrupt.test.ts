// A signal that lands while a bundle is being written (its own file: stopping writes is for good within a
// process, so it must not share one with other tests).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestBundle } from '../../graph/test-bundle.ts';
import { stopWritesAndRemoveTemporaryFiles, writeBundleFiles } from './bundle-files.ts';

const folders: string[] = [];
afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

describe('stopWritesAndRemoveTemporaryFiles', () => {
  it('leaves nothing behind when it lands while the files are being created, and refuses later writes', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'entente-interrupt-'));
    folders.push(folder);
    // Not awaited: the write is in flight (its first file possibly not yet on disk) when the stop comes.
    const writing = writeBundleFiles(join(folder, 'test.json'), createTestBundle());
    await stopWritesAndRemoveTemporaryFiles();
    await expect(writing).rejects.toThrow(/interrupted/);
    expect(await readdir(folder)).toEqual([]);
    await expect(writeBundleFiles(join(folder, 'again.json'), createTestBundle())).rejects.toThrow(
      /interrupted/,
    );
    expect(await readdir(folder)).toEqual([]);
  });
});
