// How cells and headers are compared. People type full-width letters, digits and brackets (a Chinese
// input method's default), pad short names with spaces to line them up, and mark required headers with
// ＊ or （必填）; none of that changes what they meant.

/** Full-width forms folded (ＡＢ１２（） → AB12()) and every space removed, ideographic ones included. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

// A required or optional mark around a header: *姓名, 姓名*, 姓名(必填), 姓名（选填）.
const HEADER_MARKS = /^\*+|(\*|\(必填\)|\(选填\)|:)+$/g;

/** A header cell as compared: compact, lower-case, without required-marks. */
export function headerKey(text: string): string {
  return compactText(text).replace(HEADER_MARKS, '').toLowerCase();
}

/** A choice cell as compared: compact and upper-case (Y, y and Ｙ are one word). */
export function choiceKey(text: string): string {
  return compactText(text).toUpperCase();
}
