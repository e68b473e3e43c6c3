// Where the sentence scanner looks: terminal punctuation, brackets and bullets.
// A precompiled regex finds the next one natively instead of a loop over every
// character.

const CANDIDATE = /[.!?\u2026\uff0e\uff01\uff1f\u3002\u203c\u2047-\u2049()[\]\u2022\u2043\u25e6\u2023\u25aa\u25cf\u2219\u25a0\u25a1\u27a2\u2794\u25ba]/g;

/**
 * The next candidate at or after a position, for one text. A regex search runs
 * to the end of the text, not of the paragraph, so its answer is kept: the
 * paragraphs that follow reuse it instead of searching the same stretch again
 * (which would make a text of many short lines quadratic).
 */
export class Candidates {
  private from = 0;
  private at = -1;
  constructor(readonly text: string) {}

  next(i: number): number {
    if (this.from <= i && i <= this.at) return this.at;
    CANDIDATE.lastIndex = i;
    const m = CANDIDATE.exec(this.text);
    this.from = i;
    this.at = m ? m.index : this.text.length;
    return this.at;
  }
}

