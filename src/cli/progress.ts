/**
 * A one-line progress report on stderr for long runs on a terminal: documents
 * done, MB read, MB/s and, when the total is known, an ETA. Silent for the
 * first two seconds so that short runs print nothing.
 */
export class Progress {
  private docs = 0;
  private chars = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly stream: { write(s: string): unknown },
    private readonly totalBytes: number | null,
  ) {}

  tick(textLength: number): void {
    this.docs++;
    this.chars += textLength;
    const now = Date.now();
    if (now - this.started < 2000 || now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const seconds = (now - this.started) / 1000;
    const mb = this.chars / 1e6;
    const rate = mb / seconds;
    let line = `${this.docs} documents · ${mb.toFixed(1)} MB · ${rate.toFixed(1)} MB/s`;
    if (this.totalBytes && rate > 0) {
      const left = Math.max(0, this.totalBytes / 1e6 - mb) / rate;
      line += ` · ETA ${Math.floor(left / 60)}:${String(Math.round(left % 60)).padStart(2, '0')}`;
    }
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  done(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
  }
}
