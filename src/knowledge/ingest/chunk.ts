/**
 * Splits a Markdown body along its own structure: sections under headings, paragraphs kept
 * whole, and a list kept together with its heading and the sentence that introduces it.
 */
export interface Chunk {
  ordinal: number;
  /** The heading of the section the chunk belongs to (not the document title). */
  heading?: string;
  text: string;
  /**
   * Curated search terms of the paragraphs in the chunk (`<!-- söktermer: … -->` above a
   * paragraph or list): indexed with the chunk, never shown.
   */
  searchTerms?: string[];
  /** For each search term, the paragraph or list of the chunk it describes (its index among the chunk's blank-line-separated blocks). */
  searchTermBlocks?: number[];
}

export interface ChunkOptions {
  /** Preferred chunk size in words; paragraphs are packed up to this size. */
  targetWords?: number;
  /** A single paragraph longer than this is split at sentence boundaries. */
  maxWords?: number;
}

type Block = { type: 'heading'; level: number; text: string } | { type: 'paragraph'; text: string } | { type: 'list'; text: string };

/**
 * A block's search terms travel inside its text, between private-use characters, while blocks
 * are packed into chunks; {@link withSearchTerms} takes them out again.
 */
const TERMS_OPEN = '\uE000';
const TERMS_CLOSE = '\uE001';
const TERMS_MARK = /\uE000([^\uE001]*)\uE001\s*/g;
/** A whole-line HTML comment with a knowledge editor's search terms for the block below it. */
const SEARCH_TERMS_COMMENT = /^<!--\s*söktermer\s*:\s*([\s\S]*?)\s*-->$/iu;
/** Any other whole-line HTML comment: an editor's note, not text. */
const COMMENT_LINE = /^<!--[\s\S]*-->$/;

export function chunkMarkdown(body: string, options: ChunkOptions = {}): Chunk[] {
  return chunkWithMarks(body, options).map(withSearchTerms);
}

function withSearchTerms(chunk: Chunk): Chunk {
  const terms: string[] = [];
  const blocks: number[] = [];
  const seen = new Set<string>();
  // Blocks are separated by a blank line in the chunk text, as the answer composer reads them.
  const text = chunk.text
    .split(/\n{2,}/)
    .map((block, index) =>
      block.replace(TERMS_MARK, (_, list: string) => {
        for (const raw of list.split(/[,;]/)) {
          const term = raw.trim();
          if (!term || seen.has(`${index}\u0000${term}`)) continue;
          seen.add(`${index}\u0000${term}`);
          terms.push(term);
          blocks.push(index);
        }
        return '';
      }),
    )
    .join('\n\n');
  return terms.length > 0 ? { ...chunk, text, searchTerms: terms, searchTermBlocks: blocks } : { ...chunk, text };
}

function chunkWithMarks(body: string, { targetWords = 180, maxWords = 300 }: ChunkOptions): Chunk[] {
  const sections = toSections(parseBlocks(body));
  const chunks: Chunk[] = [];
  const push = (heading: string | undefined, texts: string[]) =>
    texts.forEach((text, index) => {
      // The first chunk of a section shows its heading as its first line: a list under
      // "Viktigast för att kunna utföra socialt arbete" means little without it.
      const shown = index === 0 && heading ? `${heading}\n${text}` : text;
      chunks.push({ ordinal: chunks.length, heading, text: shown });
    });
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    // Short subsections under one heading ("Råd till dig som …" → "Handledning", "Fritid", …)
    // are packed together under that heading: one tip of two sentences is too little to find,
    // and the heading that says what they are lives above them.
    if (section.parent && isSmall(section, targetWords)) {
      const run = [section];
      while (sections[i + 1]?.parent === section.parent && isSmall(sections[i + 1]!, targetWords)) run.push(sections[++i]!);
      if (run.length > 1) {
        const units = run.map((s) => `${s.heading}\n${packSection(s.blocks, maxWords, maxWords).join('\n\n')}`);
        packByWords(units, targetWords, '\n\n').forEach((text) => chunks.push({ ordinal: chunks.length, heading: section.parent, text: `${section.parent}\n${text}` }));
        continue;
      }
    }
    // A subsection's heading carries its parent's ("IFOs framtid – Höjd kvalitet inom utbildningarna").
    const heading = section.heading && section.parent ? `${section.parent} – ${section.heading}` : section.heading;
    push(heading, packSection(section.blocks, targetWords, maxWords));
  }
  return chunks;
}

function isSmall(section: Section, targetWords: number): boolean {
  return section.blocks.reduce((sum, b) => sum + countWords(b.text), 0) <= targetWords / 2;
}

export function countWords(text: string): number {
  const words = text.replace(TERMS_MARK, '').match(/[\p{L}\p{N}]+/gu);
  return words ? words.length : 0;
}

function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  let list: string[] = [];
  /** Search terms waiting for the paragraph or list they describe. */
  let terms = '';
  const marked = (text: string) => {
    const out = terms ? `${TERMS_OPEN}${terms}${TERMS_CLOSE}${text}` : text;
    terms = '';
    return out;
  };
  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: marked(paragraph.join(' ').replace(/\s+/g, ' ').trim()) });
    paragraph = [];
  };
  const flushList = () => {
    if (list.length) blocks.push({ type: 'list', text: marked(list.join('\n')) });
    list = [];
  };
  for (const raw of lines) {
    const comment = raw.trim();
    if (COMMENT_LINE.test(comment)) {
      const searchTerms = SEARCH_TERMS_COMMENT.exec(comment)?.[1]?.replace(/[\uE000\uE001]/g, '');
      if (searchTerms) {
        flushParagraph();
        flushList();
        terms = terms ? `${terms}, ${searchTerms}` : searchTerms;
      }
      continue;
    }
    // A Markdown escape at the start ("\\- Jag …", a quote dash) is text, not a list marker.
    const escaped = /^\s*\\[-*+#>]/.test(raw);
    const line = raw.trim().replace(/\\([-*+#>_`\\[\]()!.])/g, '$1');
    const heading = escaped ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    const item = escaped ? null : /^([-*+•]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (!line) {
      flushParagraph();
      flushList();
    } else if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ type: 'heading', level: heading[1]!.length, text: heading[2]!.trim() });
    } else if (item) {
      flushParagraph();
      const marker = /^\d/.test(item[1]!) ? item[1]!.replace(')', '.') : '-';
      list.push(`${marker} ${item[2]!.trim()}`);
    } else if (list.length && /^\s{2,}/.test(raw)) {
      list[list.length - 1] += ' ' + line; // continuation of a list item
    } else {
      flushList();
      paragraph.push(line.replace(/^>\s?/, ''));
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

interface Section {
  heading?: string;
  /** The heading of the enclosing section, for a subsection (### under ##). */
  parent?: string;
  blocks: Block[];
}

function toSections(blocks: Block[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { blocks: [] };
  /** Open headings by level (2…6); the H1 is the document title, stored separately. */
  const open: Array<string | undefined> = [];
  for (const block of blocks) {
    if (block.type === 'heading') {
      if (current.blocks.length) sections.push(current);
      open.length = Math.max(0, block.level - 2);
      const parent = [...open].reverse().find((h) => h !== undefined);
      if (block.level > 1) open[block.level - 2] = block.text;
      current = { heading: block.level === 1 ? undefined : block.text, parent: block.level > 2 ? parent : undefined, blocks: [] };
    } else {
      current.blocks.push(block);
    }
  }
  if (current.blocks.length) sections.push(current);
  return sections;
}

/** Packs a section's blocks into chunk texts, keeping a list with the paragraph that leads into it. */
function packSection(blocks: Block[], targetWords: number, maxWords: number): string[] {
  const units: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    if (block.type === 'paragraph' && next?.type === 'list' && /[:：]$|\b(är|följande|nedan)\W*$/i.test(block.text)) {
      units.push(`${block.text}\n${next.text}`);
      i++;
    } else if (block.type === 'paragraph' && countWords(block.text) > maxWords) {
      units.push(...splitLongParagraph(block.text, targetWords));
    } else if (block.type !== 'heading') {
      units.push(block.text);
    }
  }
  // A section that fits in one passage stays whole: its paragraphs answer one point together
  // ("betalas medlemsavgiften genom automatiskt avdrag … Om det inte är möjligt …").
  if (units.reduce((n, u) => n + countWords(u), 0) <= maxWords) return [units.join('\n\n')];
  return packByWords(units, targetWords, '\n\n');
}

function splitLongParagraph(text: string, targetWords: number): string[] {
  return packByWords(splitSentences(text), targetWords, ' ');
}

/** Greedily packs pieces, in order, into groups of at most `targetWords` words (a larger piece stands alone). */
function packByWords(pieces: string[], targetWords: number, joiner: string): string[] {
  const groups: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const piece of pieces) {
    const size = countWords(piece);
    if (current.length && words + size > targetWords) {
      groups.push(current.join(joiner));
      current = [];
      words = 0;
    }
    current.push(piece);
    words += size;
  }
  if (current.length) groups.push(current.join(joiner));
  return groups;
}

/** The sentences of a passage, line by line: a list item or a line of its own counts as a sentence. */
export function passageSentences(text: string): string[] {
  return text.split(/\n+/).flatMap((line) => splitSentences(line));
}

/**
 * Sentence boundaries for Swedish prose: a sentence ends at . ! ? … when the next word starts
 * with a capital, a digit, a quote or a dash — not after abbreviations (bl.a., t.ex.), inside
 * numbers (2.5) or before a lower-case word.
 */
export function splitSentences(text: string): string[] {
  const abbreviation = /(?:\b(?:t\.ex|bl\.a|m\.m|s\.k|d\.v\.s|dvs|osv|etc|ca|tel|tfn|nr|jfr|fr\.o\.m|t\.o\.m|o\.s\.v|kl|resp|st|kap)|\b\p{Lu})\.$/iu;
  const out: string[] = [];
  const re = /[.!?…]+["”’)]*(?=\s+|$)/g;
  let from = 0;
  for (const match of text.matchAll(re)) {
    const end = (match.index ?? 0) + match[0].length;
    const candidate = text.slice(from, end).trim();
    const next = text.slice(end).trimStart();
    const startsSentence = next === '' || /^[\p{Lu}\d"”'–—-]/u.test(next);
    if (!startsSentence || (match[0] === '.' && abbreviation.test(candidate))) continue;
    if (candidate) out.push(candidate);
    from = end;
  }
  const rest = text.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}
