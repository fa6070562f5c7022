// Cells that hold one of a set of values: the Chinese label (or the value itself), and yes/no words.

/** "填：a、b、c", the note telling what a choice column accepts. */
export function labelsNote(labels: Record<string, string>): string {
  return `填：${Object.values(labels).join('、')}`;
}

/** The value whose label (or name) the text is, or undefined. */
export function choiceOf<T extends string>(text: string, labels: Record<T, string>): T | undefined {
  return (Object.entries(labels) as [T, string][]).find(([value, label]) => text === label || text.toUpperCase() === value)?.[0];
}

const TRUE_WORDS = new Set(['是', 'Y', 'YES', 'TRUE', '1']);
const FALSE_WORDS = new Set(['否', 'N', 'NO', 'FALSE', '0']);

/** true, false, or undefined when the text is neither a yes nor a no word. */
export function yesNo(text: string): boolean | undefined {
  const word = text.trim().toUpperCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}
