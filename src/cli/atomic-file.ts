import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * A file that appears only when complete: writes go to a temporary file in
 * the same folder, renamed over the target on commit(). abort() removes it,
 * so an interrupted run never leaves half a file behind.
 */
export class AtomicFile {
  readonly tempPath: string;
  private fd: number | null;

  constructor(readonly target: string) {
    const dir = path.dirname(target);
    this.tempPath = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
    this.fd = openSync(this.tempPath, 'wx');
  }

  write(chunk: string): void {
    if (this.fd === null) throw new Error('write after close');
    writeSync(this.fd, chunk);
  }

  commit(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.tempPath, this.target);
  }

  abort(): void {
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
    }
    rmSync(this.tempPath, { force: true });
  }
}
