/** A speaker mention found next to a reporting verb, before its name is made canonical. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** person: a name; pronoun: he/she/they/...; group: an organisation or a described group ("officials"). */
  type: 'person' | 'pronoun' | 'group';
}
