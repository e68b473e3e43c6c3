import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/html/index.js';
import { page, prose } from './page.js';

// A page whose scripts would write a file and rewrite the article, and whose
// images, frames, styles and scripts point to a local server: loading it must
// run nothing and fetch nothing.
let server: Server;
let requests = 0;
let base = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('a hostile page', () => {
  it('runs no script and fetches no resource', async () => {
    const marker = path.join(tmpdir(), `newsmine-hostile-${process.pid}-${Date.now()}`);
    const script = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); document.body.innerHTML = '<p>PWNED</p>'; fetch('${base}/fetch');`;
    const html = page(
      `<link rel="stylesheet" href="${base}/style.css"><script src="${base}/head.js"></script><script>${script}</script>`,
      `<article><h1>Harbour repairs delayed again</h1><img src="${base}/photo.jpg" onerror="${script}" onload="${script}">` +
        `<iframe src="${base}/frame.html"></iframe>${prose()}<script>${script}</script>` +
        `<video src="${base}/clip.mp4" poster="${base}/poster.jpg"></video><object data="${base}/obj"></object></article>` +
        `<script src="${base}/tail.js" defer></script>`,
    );
    const a = htmlToArticle(html);
    // Give anything that might have been scheduled a moment to reach the server.
    await new Promise((r) => setTimeout(r, 200));
    expect(requests).toBe(0);
    expect(existsSync(marker)).toBe(false);
    expect(a.text).toContain('Paragraph 1: the council met again');
    expect(a.text).not.toContain('PWNED');
    expect(a.text).not.toContain('writeFileSync');
  });
});
