import { parse as parseYaml } from 'yaml';

/** A curated knowledge document: front matter plus Markdown body. */
export interface KnowledgeDocument {
  /** Path relative to the knowledge folder, with forward slashes. */
  id: string;
  title: string;
  organisation?: string;
  /** ISO date (YYYY-MM-DD) when the text gives one. */
  published?: string;
  kind?: string;
  tags: string[];
  url?: string;
  body: string;
}

export class DocumentFormatError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'DocumentFormatError';
  }
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Parses one Markdown file with YAML front matter; throws {@link DocumentFormatError} naming the problem. */
export function parseDocument(id: string, source: string): KnowledgeDocument {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new DocumentFormatError(id, 'missing YAML front matter (the file must start with a line "---")');
  let meta: unknown;
  try {
    meta = parseYaml(match[1] ?? '');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DocumentFormatError(id, `invalid YAML front matter: ${reason}`);
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta)) {
    throw new DocumentFormatError(id, 'front matter must be a YAML mapping (title: …)');
  }
  const fields = meta as Record<string, unknown>;
  const title = optionalString(id, fields, 'title');
  if (!title) throw new DocumentFormatError(id, 'front matter has no "title"');
  const body = source.slice(match[0].length).trim();
  if (!body) throw new DocumentFormatError(id, 'the document has no text after the front matter');

  return {
    id,
    title,
    organisation: optionalString(id, fields, 'organisation'),
    published: optionalDate(id, fields.date),
    kind: optionalString(id, fields, 'kind'),
    tags: optionalTags(id, fields.tags),
    url: optionalString(id, fields, 'url'),
    body,
  };
}

function optionalString(file: string, fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new DocumentFormatError(file, `"${key}" must be text`);
  }
  return String(value).trim();
}

function optionalDate(file: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
    throw new DocumentFormatError(file, `"date" must be an ISO date like 2007-02-23, got "${text}"`);
  }
  return text;
}

function optionalTags(file: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string')) {
    throw new DocumentFormatError(file, '"tags" must be a list of words');
  }
  return value.map((tag: string) => tag.trim()).filter(Boolean);
}
