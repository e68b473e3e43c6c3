// The tools the speed bench compares, each as "set up once, then run on one
// text". Peers do what the issue measured: compromise people+places+quotations
// +numbers; wink-nlp's entities; chrono-node's dates.
import type { BenchDoc } from './corpus.js';

export type ToolName = 'newsmine' | 'compromise' | 'wink-nlp' | 'chrono-node';
export const TOOLS: ToolName[] = ['newsmine', 'compromise', 'wink-nlp', 'chrono-node'];

export async function setUp(tool: ToolName): Promise<(doc: BenchDoc) => number> {
  switch (tool) {
    case 'newsmine': {
      // The built package, as users run it.
      const { mineDoc } = (await import('../dist/pipeline.js')) as typeof import('../src/pipeline.js');
      return (d) => {
        const r = mineDoc({ id: d.id, path: null, format: 'text', text: d.text, meta: { title: null, published: null, authors: [], url: null } }, { refDate: '2025-01-01' });
        return r.numbers.length + r.dates.length + r.people.length + r.places.length + r.quotes.length;
      };
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      return (d) => {
        const doc = nlp(d.text);
        return doc.people().length + doc.places().length + doc.quotations().length + doc.numbers().length;
      };
    }
    case 'wink-nlp': {
      const winkNLP = (await import('wink-nlp')).default;
      const model = (await import('wink-eng-lite-web-model')).default;
      const nlp = winkNLP(model);
      return (d) => nlp.readDoc(d.text).entities().length();
    }
    case 'chrono-node': {
      const chrono = await import('chrono-node');
      const ref = new Date(Date.UTC(2025, 0, 1));
      return (d) => chrono.parse(d.text, ref).length;
    }
  }
}
