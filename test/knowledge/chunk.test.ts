import { describe, expect, it } from 'vitest';
import { chunkMarkdown, splitSentences } from '../../src/knowledge/ingest/chunk.js';
import { parseDocument } from '../../src/knowledge/ingest/document.js';

describe('parseDocument', () => {
  it('reads front matter and body', () => {
    const doc = parseDocument('a.md', '---\ntitle: "Titel"\norganisation: Vision\ndate: 2007-02-23\nkind: pressmeddelande\ntags: [a, b]\n---\n\n# Titel\n\nText.');
    expect(doc).toMatchObject({ id: 'a.md', title: 'Titel', organisation: 'Vision', published: '2007-02-23', kind: 'pressmeddelande', tags: ['a', 'b'] });
    expect(doc.body).toBe('# Titel\n\nText.');
  });

  it.each([
    ['no front matter', '# Titel\n\nText', /missing YAML front matter/],
    ['broken YAML', '---\ntitle: "oavslutad\n---\nText', /invalid YAML/],
    ['no title', '---\nkind: råd\n---\nText', /no "title"/],
    ['a bad date', '---\ntitle: T\ndate: igår\n---\nText', /"date" must be an ISO date/],
    ['no body', '---\ntitle: T\n---\n', /no text/],
    ['tags that are not a list', '---\ntitle: T\ntags: 5\n---\nText', /"tags" must be a list/],
  ])('names the problem for %s', (_, source, problem) => {
    expect(() => parseDocument('bad.md', source)).toThrow(problem);
  });
});

describe('chunkMarkdown', () => {
  const body = [
    '# Titel',
    '',
    'Ingress om rapporten.',
    '',
    '## Viktigaste åtgärder',
    '',
    'De tre viktigaste åtgärderna är, enligt Veronica Magnusson:',
    '',
    '1. Att varje chef ansvarar för ett rimligt antal medarbetare.',
    '2. Välfärdsteknik.',
    '3. Insatser utan utredning.',
    '',
    '## Om undersökningen',
    '',
    'Över 600 socionomer har svarat.',
  ].join('\n');

  it('follows headings and keeps a numbered list with its heading and lead-in', () => {
    const chunks = chunkMarkdown(body);
    expect(chunks.map((c) => c.heading)).toEqual([undefined, 'Viktigaste åtgärder', 'Om undersökningen']);
    expect(chunks[1]!.text).toBe('Viktigaste åtgärder\nDe tre viktigaste åtgärderna är, enligt Veronica Magnusson:\n1. Att varje chef ansvarar för ett rimligt antal medarbetare.\n2. Välfärdsteknik.\n3. Insatser utan utredning.');
    expect(chunks.map((c) => c.ordinal)).toEqual([0, 1, 2]);
  });

  it('packs paragraphs up to the target size and splits an overlong paragraph at sentences', () => {
    const sentence = 'Det här är en mening med ungefär tio ord i sig.';
    const long = Array.from({ length: 40 }, () => sentence).join(' ');
    const chunks = chunkMarkdown(`# T\n\n${long}`, { targetWords: 50, maxWords: 100 });
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.text.split(' ').length).toBeLessThanOrEqual(60);
    expect(chunks.map((c) => c.text).join(' ')).toBe(long);
  });

  it('keeps a section whole when it fits in one passage, and packs a longer one to the target size', () => {
    const paragraph = (n: number) => Array.from({ length: n }, (_, i) => `ord${i}`).join(' ') + '.';
    const fits = chunkMarkdown(`# T

## Avgiften

${paragraph(40)}

${paragraph(40)}

${paragraph(40)}`, { targetWords: 50, maxWords: 130 });
    expect(fits).toHaveLength(1);
    expect(fits[0]!.text.split('\n\n')).toHaveLength(3);
    const longer = chunkMarkdown(`# T

## Avgiften

${paragraph(40)}

${paragraph(40)}

${paragraph(40)}

${paragraph(40)}`, { targetWords: 50, maxWords: 130 });
    expect(longer).toHaveLength(4);
    expect(longer.map((c) => c.heading)).toEqual(['Avgiften', 'Avgiften', 'Avgiften', 'Avgiften']);
  });
});

describe('curated search terms', () => {
  it('attaches a söktermer comment to the paragraph or list below it, keeps it out of the text and ignores other comments', () => {
    const body = [
      'Inledning utan termer.',
      '',
      '<!-- söktermer: betala, kostnad; pengar -->',
      'Avgiften dras från lönen.',
      '',
      '<!-- en anteckning från redaktören -->',
      '## Råd',
      '',
      '<!-- söktermer: tips -->',
      '1. Läs villkoren.',
      '2. Kontakta oss.',
    ].join('\n');
    const chunks = chunkMarkdown(body, { targetWords: 4, maxWords: 5 });
    expect(chunks.map((c) => c.text)).toEqual(['Inledning utan termer.', 'Avgiften dras från lönen.', 'Råd\n1. Läs villkoren.\n2. Kontakta oss.']);
    expect(chunks.map((c) => c.searchTerms)).toEqual([undefined, ['betala', 'kostnad', 'pengar'], ['tips']]);
  });

  it('does not count search terms as words of the chunk', () => {
    const terms = Array.from({ length: 50 }, (_, i) => `term${i}`).join(', ');
    const chunks = chunkMarkdown(`Första stycket.\n\n<!-- söktermer: ${terms} -->\nAndra stycket.`, { targetWords: 20, maxWords: 40 });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.searchTerms).toHaveLength(50);
    // Each term knows the paragraph it was written for: the second block of the chunk.
    expect(chunks[0]!.text).toBe('Första stycket.\n\nAndra stycket.');
    expect(new Set(chunks[0]!.searchTermBlocks)).toEqual(new Set([1]));
  });
});

describe('splitSentences', () => {
  it('does not split after abbreviations or inside numbers', () => {
    expect(splitSentences('Det gäller bl.a. socionomer. Ca 2.5 procent svarade t.ex. ja! Vad tycker du?')).toEqual([
      'Det gäller bl.a. socionomer.',
      'Ca 2.5 procent svarade t.ex. ja!',
      'Vad tycker du?',
    ]);
  });
});

describe('Markdown escapes', () => {
  it('reads an escaped dash at the start of a line as text, not a list', () => {
    const [chunk] = chunkMarkdown('# T\n\n\\- Jag ser det varje dag, säger Niklas Borg.');
    expect(chunk!.text).toBe('- Jag ser det varje dag, säger Niklas Borg.');
  });
});

describe('subsections', () => {
  it('packs short subsections under their heading, and a long one carries its parent heading', () => {
    const tip = (name: string) => `### ${name}\n\nEtt kort råd om ${name.toLowerCase()} i två meningar. Det räcker.`;
    const long = Array.from({ length: 12 }, () => 'En mening med några ord om forskning i socialt arbete.').join(' ');
    const body = ['# T', '', '## Råd till dig som börjar', '', tip('Handledning'), '', tip('Fritid'), '', '## Rapporten', '', '### Forskning', '', long].join('\n');
    const chunks = chunkMarkdown(body);
    expect(chunks[0]).toMatchObject({ heading: 'Råd till dig som börjar' });
    expect(chunks[0]!.text).toMatch(/^Råd till dig som börjar\nHandledning\nEtt kort råd om handledning[^]*\n\nFritid\n/);
    expect(chunks[1]).toMatchObject({ heading: 'Rapporten – Forskning' });
    expect(chunks[1]!.text.startsWith('Rapporten – Forskning\n')).toBe(true);
  });
});
