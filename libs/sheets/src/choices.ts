// Cells that hold one of a set of values: the Chinese label, the value itself, or one of the short and
// common forms people write (kept as data by each domain beside its labels), and yes/no words.
import { choiceKey } from './sheet-text';

/** Other ways of writing a value's label: 专职 for 专职网格员, 党员 for 中共党员. */
export type LabelVariants<T extends string> = Partial<Record<T, readonly string[]>>;

/** "填：a、b、c", the note telling what a choice column accepts. */
export function labelsNote(labels: Record<string, string>): string {
  return `填：${Object.values(labels).join('、')}`;
}

// Built once per set of labels (and its variants): a sheet of 5,000 rows asks thousands of times.
const INDEXES = new WeakMap<object, WeakMap<object, Map<string, string>>>();
const NO_VARIANTS = {};

function choiceIndex(labels: Record<string, string>, variants: LabelVariants<string>): Map<string, string> {
  let byVariants = INDEXES.get(labels);
  if (!byVariants) INDEXES.set(labels, (byVariants = new WeakMap()));
  let index = byVariants.get(variants);
  if (!index) {
    index = new Map();
    for (const [value, label] of Object.entries(labels)) {
      for (const word of [value, label, ...(variants[value] ?? [])]) if (!index.has(choiceKey(word))) index.set(choiceKey(word), value);
    }
    byVariants.set(variants, index);
  }
  return index;
}

/**
 * The value whose label, name or variant the text is, or undefined. Compared without spaces, with
 * full-width letters and brackets folded, case-insensitively.
 */
export function choiceOf<T extends string>(text: string, labels: Record<T, string>, variants: LabelVariants<T> = NO_VARIANTS): T | undefined {
  return choiceIndex(labels, variants as LabelVariants<string>).get(choiceKey(text)) as T | undefined;
}

// Ticks and crosses are how a paper form is filled in; 有/无 answer "低保" or "退役军人" as naturally as 是/否.
export const YES_WORDS: readonly string[] = ['是', '有', 'Y', 'YES', 'TRUE', '1', '√', '✓', '✔', '☑'];
export const NO_WORDS: readonly string[] = ['否', '无', '不是', '没有', 'N', 'NO', 'FALSE', '0', '×', '✗', '✘', '☒'];

/** true, false, or undefined when the text is neither a yes nor a no word. */
export function yesNo(text: string): boolean | undefined {
  const word = choiceKey(text);
  if (YES_WORDS.includes(word)) return true;
  if (NO_WORDS.includes(word)) return false;
  return undefined;
}
