/** Placeholder: every mention is its own name (replaced below). */
export function linkPeople(texts: string[]): string[] {
  return texts;
}
