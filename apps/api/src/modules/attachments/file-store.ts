// Where file bytes live: a small interface (an S3-compatible store can implement it) and the local-disk default.
// Files are named by the SHA-256 of their content, never by the user's name or path, so equal uploads share bytes.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type StagedFile = {
  sha256: string;
  size: number;
  /** A local copy to inspect (type detection) before commit. */
  localPath: string;
  /** True when the upload went over the size limit and was cut off. */
  truncated: boolean;
};

export interface FileStore {
  /** Streams an upload to a staging area while hashing and counting; never holds the file in memory. */
  stage(source: Readable, maxBytes: number): Promise<StagedFile>;
  /** Keeps a staged file under its content hash (a no-op when those bytes are already stored). */
  commit(staged: StagedFile): Promise<void>;
  /** Drops a staged file that will not be kept. */
  discard(staged: StagedFile): Promise<void>;
  open(sha256: string): Readable;
  /** A path the bytes can be read from as a file (readers that need one: a remote store would copy to a temp file). */
  localPath(sha256: string): Promise<string>;
  /** Deletes stored bytes (GDPR erasure); a no-op when they are already gone. */
  remove(sha256: string): Promise<void>;
}

const SHA256 = /^[0-9a-f]{64}$/;

export class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(sha256: string) {
    if (!SHA256.test(sha256)) throw new Error('invalid content hash');
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async stage(source: Readable, maxBytes: number): Promise<StagedFile> {
    const tmpDir = path.join(this.root, 'tmp');
    await fs.promises.mkdir(tmpDir, { recursive: true });
    const localPath = path.join(tmpDir, crypto.randomUUID());
    const hash = crypto.createHash('sha256');
    let size = 0;
    let truncated = false;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        if (truncated) return done();
        if (size + chunk.length > maxBytes) {
          truncated = true;
          return done();
        }
        size += chunk.length;
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, fs.createWriteStream(localPath, { mode: 0o600 }));
    } catch (error) {
      await fs.promises.rm(localPath, { force: true });
      throw error;
    }
    return { sha256: hash.digest('hex'), size, localPath, truncated };
  }

  async commit(staged: StagedFile): Promise<void> {
    const target = this.pathOf(staged.sha256);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    if (fs.existsSync(target)) return this.discard(staged);
    await fs.promises.rename(staged.localPath, target);
  }

  async discard(staged: StagedFile): Promise<void> {
    await fs.promises.rm(staged.localPath, { force: true });
  }

  open(sha256: string): Readable {
    return fs.createReadStream(this.pathOf(sha256));
  }

  async localPath(sha256: string): Promise<string> {
    return this.pathOf(sha256);
  }

  async remove(sha256: string): Promise<void> {
    await fs.promises.rm(this.pathOf(sha256), { force: true });
  }
}
