import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/html/index.js';
import { page, prose } from './page.js';

describe('article text', () => {
  it('separates paragraphs by blank lines, keeps headings as paragraphs and list items as lines', () => {
    const body = `<article><h1>Harbour repairs delayed again</h1>${prose(4)}<h2>What comes next</h2>` +
      `<p>The plan has <b>three</b> parts:</p><ul><li>new piers</li><li>a sea wall</li></ul>${prose(3, 'the budget')}</article>`;
    const { text } = htmlToArticle(page('<title>Harbour</title>', body));
    expect(text).toContain('\n\nWhat comes next\n\nThe plan has three parts:\n\nnew piers\na sea wall\n\n');
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).toBe(text.trim());
  });

  it('removes furniture Readability leaves in: share labels, "Read more", newsletter prompts, credits', () => {
    const body = `<article><h1>Harbour repairs delayed again</h1><p>Share this story</p>${prose(3)}` +
      `<p>Read more</p><p>Sign up for our Morning Briefing newsletter</p><figure><figcaption>Jane Okafor/Reuters</figcaption></figure>${prose(3, 'the budget')}` +
      `<p>© 2025 City Ledger</p></article>`;
    const { text } = htmlToArticle(page('', body));
    for (const gone of ['Share this story', 'Read more', 'Morning Briefing', 'Okafor', '© 2025']) expect(text).not.toContain(gone);
    expect(text).toContain('Paragraph 3: the council met again to discuss the budget');
  });

  it('keeps a sentence that only looks like furniture', () => {
    const body = `<article>${prose(3)}<p>Subscribers said the plan would raise prices for most households.</p>${prose(2)}</article>`;
    expect(htmlToArticle(page('', body)).text).toContain('Subscribers said the plan would raise prices');
  });
});

describe('fallback when Readability finds too little', () => {
  it('takes <main> and warns', () => {
    const body = '<nav>Home News Sport</nav><main><p>Ferry services resumed on Tuesday.</p><p>The operator said delays were over.</p></main><footer>© City Ledger</footer>';
    const a = htmlToArticle(page('', body));
    expect(a.text).toBe('Ferry services resumed on Tuesday.\n\nThe operator said delays were over.');
    expect(a.warnings.join(' ')).toMatch(/<main>/);
  });

  it('takes the body without nav, header, footer and aside when there is no main or article', () => {
    const body = '<header>City Ledger</header><nav><a href="/">Home</a></nav><div><p>Ferry services resumed on Tuesday.</p></div><aside>Most read</aside><footer>Contact us</footer>';
    const a = htmlToArticle(page('', body));
    expect(a.text).toBe('Ferry services resumed on Tuesday.');
    expect(a.warnings.join(' ')).toMatch(/<body>/);
  });

  it('an empty page says so', () => {
    const a = htmlToArticle(page('<title>Nothing</title>', ''));
    expect(a.text).toBe('');
    expect(a.warnings.join(' ')).toMatch(/no text/);
  });
});
