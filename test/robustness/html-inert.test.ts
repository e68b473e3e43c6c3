import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

// HTML input never executes scripts or fetches anything. test/html/hostile.test.ts
// checks the HTML loader itself; this one goes through the command line (file
// and JSONL `html` records) with the other ways a page can run code or pull in
// a resource: a meta refresh, <base href>, preload and prefetch links, srcset,
// CSS @import and url(), SVG <use>/<image>, <embed>, <object>, javascript: URLs,
// timers and event handlers. A local server counts every request.

let server: Server;
let requests: string[] = [];
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.end('x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function hostilePage(marker: string): string {
  const js = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); fetch('${base}/fetch'); document.body.innerHTML = 'SCRIPT RAN';`;
  const prose = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i + 1}: officials in Kyiv said on Tuesday that the repairs to the harbour would cost ` +
      `more than $3,500,000 and take several months, far longer than planned.</p>`,
  ).join('\n');
  return (
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour repairs delayed</title>` +
    `<meta http-equiv="refresh" content="0; url=${base}/refresh"><base href="${base}/base/">` +
    `<link rel="preload" href="${base}/preload.js" as="script"><link rel="prefetch" href="${base}/prefetch">` +
    `<link rel="stylesheet" href="${base}/style.css"><style>@import url("${base}/import.css"); body { background: url(${base}/bg.png) }</style>` +
    `<script>${js}</script><script src="${base}/head.js"></script><script type="module">import '${base}/module.js';</script>` +
    `</head><body onload="${js}"><article><h1>Harbour repairs delayed again</h1>` +
    `<img src="relative.png" srcset="${base}/a.png 1x, ${base}/b.png 2x" onerror="${js}">` +
    `<svg><use href="${base}/sprite.svg#i"></use><image href="${base}/svg.png"></image></svg>` +
    `<a href="javascript:${encodeURIComponent(js)}">link</a><embed src="${base}/embed"><object data="${base}/object"></object>` +
    `<iframe src="${base}/frame" srcdoc="<script>${js.replace(/"/g, '&quot;')}</script>"></iframe>` +
    `${prose}<script>setTimeout(function(){ ${js} }, 0)</script><noscript><img src="${base}/noscript.png"></noscript>` +
    `</article></body></html>`
  );
}

describe('HTML input through the command line', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('runs no script and fetches nothing, from a .html file or a JSONL html record', async () => {
    requests = [];
    const marker = path.join(t.dir, 'script-ran');
    const html = hostilePage(marker);
    const file = path.join(t.dir, 'page.html');
    writeFileSync(file, html);
    const jsonl = path.join(t.dir, 'pages.jsonl');
    writeFileSync(jsonl, JSON.stringify({ id: 'rec', html }) + '\n');
    const r = await runCli(['extract', file, jsonl, '--format', 'jsonl', '--text']);
    // Anything a script or a loader might have scheduled gets a moment to reach the server.
    await new Promise((ok) => setTimeout(ok, 300));
    expect(requests).toEqual([]);
    expect(existsSync(marker)).toBe(false);
    expect(r.code).toBe(0);
    const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(docs).toHaveLength(2);
    for (const d of docs) {
      expect(d.text).toContain('officials in Kyiv said on Tuesday');
      expect(d.text).not.toContain('SCRIPT RAN');
      expect(d.text).not.toContain('writeFileSync');
    }
  });
});
