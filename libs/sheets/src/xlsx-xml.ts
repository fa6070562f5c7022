// The XML of an xlsx's parts, read tag by tag over one string: enough of XML for SpreadsheetML (elements,
// attributes in either quote, entities, CDATA; prefixes dropped). A DOCTYPE is skipped, never expanded.

export interface XmlHandler {
  /** An element opens; `empty` when it is also closed (`<c r="A1"/>`). Names and attributes lose their prefix. */
  open(name: string, attributes: Record<string, string>, empty: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;

/** `&lt;`, `&#20013;`, `&#x4E2D;` as the characters they stand for. */
export function xmlUnescape(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, name: string) => {
    if (name[0] !== '#') return ENTITIES[name];
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';

/**
 * `name="value"` pairs of a tag's body, read by hand in one pass (a regular expression backtracks
 * quadratically on a long run with no `=`, which a few kB of zip can carry). Names lose their prefix;
 * namespace declarations are left out.
 */
function attributesOf(body: string, from: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let at = from;
  while (at < body.length) {
    const eq = body.indexOf('=', at);
    if (eq < 0) break;
    const name = body.slice(at, eq).trim();
    let open = eq + 1;
    while (open < body.length && isSpace(body[open])) open++;
    const quote = body[open];
    if (quote !== '"' && quote !== "'") break; // not XML: the rest is ignored
    const close = body.indexOf(quote, open + 1);
    if (close < 0) break;
    if (name && !name.startsWith('xmlns')) attributes[localName(name)] = xmlUnescape(body.slice(open + 1, close));
    at = close + 1;
  }
  return attributes;
}

/** The index of the first space, tab or line break in `text`, or -1. */
function firstSpace(text: string): number {
  for (let i = 0; i < text.length; i++) if (isSpace(text[i])) return i;
  return -1;
}

/** An xlsx part's bytes as text: UTF-8 (with or without BOM), or UTF-16 when it starts with that BOM. */
export function xmlText(part: Buffer): string {
  if (part[0] === 0xff && part[1] === 0xfe) return new TextDecoder('utf-16le').decode(part);
  if (part[0] === 0xfe && part[1] === 0xff) return new TextDecoder('utf-16be').decode(part);
  return new TextDecoder('utf-8').decode(part);
}

/**
 * The end of a tag opened at `from`: the first `>` outside a quoted attribute value (`[>=100]0` is a
 * number format) and, in a DOCTYPE, outside its internal subset (`[<!ENTITY …>]`).
 */
function tagEnd(xml: string, from: number): number {
  let quote = '';
  let subset = 0;
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') subset++;
    else if (ch === ']') subset--;
    else if (ch === '>' && subset <= 0) return i;
  }
  throw new Error('unterminated tag');
}

function skipTo(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Error(`unterminated ${marker}`);
  return at + marker.length;
}

/** Walks `xml` from start to end, calling the handler for each element, closing tag and run of text. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > at && handler.text) handler.text(xmlUnescape(xml.slice(at, textEnd)));
    if (lt < 0) return;
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = skipTo(xml, ']]>', lt + 9);
      handler.text?.(xml.slice(lt + 9, end - 3));
      at = end;
    } else if (xml.startsWith('<!--', lt)) at = skipTo(xml, '-->', lt + 4);
    else if (xml[lt + 1] === '?') at = skipTo(xml, '?>', lt + 2);
    else if (xml[lt + 1] === '!')
      at = tagEnd(xml, lt + 2) + 1; // <!DOCTYPE …>: its entities are not ours to expand
    else if (xml[lt + 1] === '/') {
      const end = tagEnd(xml, lt + 2);
      handler.close?.(localName(xml.slice(lt + 2, end).trim()));
      at = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      const empty = xml[end - 1] === '/';
      const body = xml.slice(lt + 1, empty ? end - 1 : end);
      const space = firstSpace(body);
      const name = localName(space < 0 ? body : body.slice(0, space));
      handler.open(name, space < 0 ? {} : attributesOf(body, space), empty);
      if (empty) handler.close?.(name);
      at = end + 1;
    }
  }
}
