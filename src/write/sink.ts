/** Where a formatter writes: stdout, a file, or a test's buffer. */
export interface Sink {
  write(chunk: string): unknown;
}
