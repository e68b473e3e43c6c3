// Builds small pages for the HTML tests: a head with the given tags and a body.
export function page(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** Enough article prose for Readability to take the element as the article. */
export function prose(n = 6, topic = 'the harbour'): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1}: the council met again to discuss ${topic}, and officials said the repairs would take ` +
      `several more months, costing far more than the city had planned when the work began last spring.</p>`,
  ).join('\n');
}

export function jsonLd(obj: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
}
