/**
 * The text rules of the event search, shared by the index that finds events and
 * the highlighting that shows why they matched: folding (case, accents, ligatures),
 * tokens (runs of letters and digits), the query's words and "quoted phrases".
 */

// Letters NFKD does not decompose into a base letter and a mark.
const EXTRA_FOLDS: Record<string, string> = { ı: "i", ł: "l", ø: "o", đ: "d", ð: "d", þ: "th", æ: "ae", œ: "oe", ß: "ss" };
const EXTRA_FOLD_PATTERN = /[ıłøđðþæœß]/g;
const ASCII = /^[\x00-\x7f]*$/;
const MARKS = /\p{M}+/gu;
const TOKEN = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Erdoğan" and "ERDOGAN" both become "erdogan". */
export function foldText(text: string): string {
  // Most text is ASCII, which only needs lower case; normalising it would triple the index's build time.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter]!);
}

/** The folded words of a text: runs of letters and digits ("al-Jaafari's" → al, jaafari, s). */
export function tokenize(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}

/** One thing the query asks for: a word (one entry, matched as a prefix) or a phrase (consecutive words, the last one a prefix). */
export interface SearchTerm {
  words: readonly string[];
}

/** A parsed search: every term must match somewhere in an event. No terms: no search. */
export interface SearchQuery {
  terms: readonly SearchTerm[];
}

const QUOTES = /[“”„‟«»"]/g;

/**
 * Reads what the reader typed: `"walk out"` (typographic quotes too) is a phrase, other
 * words stand alone; a word with inner punctuation ("al-Jaafari") is the phrase of its parts.
 * An unclosed quote runs to the end. Repeated terms count once.
 */
export function parseSearchQuery(text: string): SearchQuery {
  const terms: SearchTerm[] = [];
  const seen = new Set<string>();
  for (const part of text.replace(QUOTES, '"').matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const words = tokenize(part[1] ?? part[0]);
    const key = words.join(" ");
    if (words.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push({ words });
  }
  return { terms };
}

/** True when `tokens` (a field's, in order) contain the term: the word as a prefix, or the phrase's words in a row. */
export function tokensMatchTerm(tokens: readonly string[], term: SearchTerm): boolean {
  return firstTermMatch(tokens, term, 0) >= 0;
}

function firstTermMatch(tokens: readonly string[], term: SearchTerm, from: number): number {
  const { words } = term;
  const last = words.length - 1;
  for (let start = from; start + last < tokens.length; start++) {
    let matched = true;
    for (let offset = 0; offset <= last && matched; offset++) {
      const token = tokens[start + offset]!;
      matched = offset === last ? token.startsWith(words[offset]!) : token === words[offset];
    }
    if (matched) return start;
  }
  return -1;
}

/** The first of `texts` in which some term of the query matches, or null: the line that shows why an event matched. */
export function firstMatchingText(texts: readonly string[], query: SearchQuery): string | null {
  if (query.terms.length === 0) return null;
  return texts.find((text) => query.terms.some((term) => tokensMatchTerm(tokenize(text), term))) ?? null;
}

/** A piece of a text: marked where it matches the search. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

/** The folded text with, for each folded character, where its code point starts and ends in the original. */
function foldWithOffsets(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const character of text) {
    const piece = foldText(character);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(offset + character.length);
    }
    folded += piece;
    offset += character.length;
  }
  return { folded, starts, ends };
}

/**
 * Splits a text into plain and marked segments: each word term marks the prefix it matches,
 * each phrase its words from the first to the matched part of the last. Plain text in,
 * plain text out (no HTML): the caller renders marked segments inside <mark>.
 */
export function highlightSegments(text: string, query: SearchQuery): TextSegment[] {
  if (query.terms.length === 0 || text === "") return [{ text, mark: false }];
  const { folded, starts, ends } = foldWithOffsets(text);
  const tokens = [...folded.matchAll(TOKEN)].map((match) => ({ text: match[0], start: match.index }));
  const words = tokens.map((token) => token.text);
  const ranges: [number, number][] = [];
  for (const term of query.terms) {
    const last = term.words.length - 1;
    for (let at = firstTermMatch(words, term, 0); at >= 0; at = firstTermMatch(words, term, at + 1)) {
      const end = tokens[at + last]!.start + term.words[last]!.length;
      ranges.push([starts[tokens[at]!.start]!, ends[end - 1]!]);
    }
  }
  if (ranges.length === 0) return [{ text, mark: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) segments.push({ text: text.slice(cursor, from), mark: false });
    segments.push({ text: text.slice(from, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  // Adjacent marks (overlapping terms) read as one.
  return segments.reduce<TextSegment[]>((merged, segment) => {
    const previous = merged[merged.length - 1];
    if (previous && previous.mark && segment.mark) previous.text += segment.text;
    else merged.push({ ...segment });
    return merged;
  }, []);
}
