import { describe, it, expect } from 'vitest';
import type { Citation, Reply } from '../../../src/core/types.js';
import { SMS_MORE_HINT, condenseForSms, continueForSms } from '../../../src/channels/sms/condense.js';
import { isGsm7, segmentCount, toGsm7 } from '../../../src/channels/sms/gsm7.js';

const MEMBERSHIP: Citation = {
  n: 1,
  documentId: 'bli-medlem-i-vision-3-manader-kostnadsfritt',
  title: 'Bli medlem i Vision – 3 månader kostnadsfritt',
  date: '2024-02-01',
  url: 'https://vision.se/bli-medlem',
  text: 'Inkomstförsäkringen ingår i medlemskapet …',
};

const SOCIAL: Citation = {
  n: 2,
  documentId: 'stabilitet-viktig-ledningsfraga',
  title: 'Stabilitet viktig ledningsfråga för individ- och familjeomsorgen',
  date: '2007-02-23',
  text: 'Individ- och familjeomsorgen står inför en utmaning …',
};

const LONG_ANSWER = [
  'Enligt «Bli medlem i Vision – 3 månader kostnadsfritt»: Inkomstförsäkringen ingår i medlemskapet, men du behöver också vara med i en a-kassa, och ha varit det i minst tolv månader, för att ha rätt till inkomstrelaterad ersättning vid en eventuell arbetslöshet [1].',
  'Glöm inte att söka medlemskap i a-kassan! [1]',
  '',
  'Du ansluts automatiskt till personförsäkringar hos det försäkringsbolag som Vision samarbetar med, men då försäkringar kan omfattas av exempelvis hälsokrav bör du noga läsa informationen som skickas hem till dig när du blivit medlem [1, 2].',
  'Om du betalar avgiften till Vision via löneavdrag kommer även försäkringspremien att dras så. [2]',
  '',
  'Vision erbjuder bland annat:',
  '• Personlig rådgivning [1]',
  '• Schysta medlemsförmåner',
  '• En vass inkomstförsäkring [1][2]',
  '',
  'Enligt ”Stabilitet viktig ledningsfråga” handlar det om resurser, ledningens kompetens och engagemang och stabila arbetsgrupper [2].',
].join('\n');

function reply(text: string, citations: Citation[] = [MEMBERSHIP, SOCIAL], language: 'sv' | 'en' = 'sv'): Reply {
  return { kind: citations.length > 0 ? 'answer' : 'abstain', text, citations, actions: [], language };
}

const SOURCE_SV = 'Källa: Bli medlem i Vision - 3 månader kostnadsfritt (2024-02-01) https://vision.se/bli-medlem';
const HINT_SV = SMS_MORE_HINT.sv;
/** The chat lead-in LONG_ANSWER opens with, after GSM-7 normalisation; the SMS drops it (the source line names the source). */
const LEAD_IN_SV = 'Enligt "Bli medlem i Vision - 3 månader kostnadsfritt": ';
/** GSM-7 text as an SMS with citations sends it: without the leading LEAD_IN_SV (the fixtures' next letter is already upper case). */
const withoutLeadIn = (gsm: string): string => (gsm.startsWith(LEAD_IN_SV) ? gsm.slice(LEAD_IN_SV.length) : gsm);
const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** All parts of a reply: the first from condenseForSms, then continueForSms until nothing is left. */
function allParts(r: Reply, maxSegments = 2): string[] {
  const parts: string[] = [];
  let part = condenseForSms(r, { maxSegments });
  parts.push(part.text);
  while (part.rest !== '') {
    expect(parts.length).toBeLessThan(50);
    part = continueForSms(part.rest, r.language, { maxSegments });
    parts.push(part.text);
  }
  return parts;
}

describe('condenseForSms', () => {
  it('fits a long Swedish answer into two GSM-7 segments with the main source and the MER hint', () => {
    const { text, rest } = condenseForSms(reply(LONG_ANSWER));
    expect(segmentCount(text)).toBeLessThanOrEqual(2);
    expect(isGsm7(text)).toBe(true);
    expect(text.endsWith('Svara MER för mer.')).toBe(true);
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe(HINT_SV);
    expect(lines.at(-2)).toBe(SOURCE_SV);
    expect(text).toContain('Källa:');
    expect(text).toContain('Bli medlem i Vision - 3 månader kostnadsfritt');
    expect(text).toContain('https://vision.se/bli-medlem');
    expect(text).not.toContain('Stabilitet viktig ledningsfråga för individ'); // only the main source line
    expect(text).not.toMatch(/\[\d/);
    expect(text.startsWith('Inkomstförsäkringen ingår i medlemskapet, men')).toBe(true); // the chat lead-in is dropped
    expect(text).not.toContain('Enligt "Bli medlem');
    expect(rest.length).toBeGreaterThan(100);
    expect(rest).not.toContain('Källa');
  });

  it('cuts the first part at the last sentence end that leaves room for the source line and hint', () => {
    const answer = [
      'Inkomstförsäkringen ingår i medlemskapet [1].',
      'Du behöver också vara med i en a-kassa för att ha rätt till ersättning vid en eventuell arbetslöshet [1].',
      'Glöm inte att söka medlemskap i a-kassan!',
      'Du ansluts automatiskt till personförsäkringar hos det försäkringsbolag som Vision samarbetar med [2].',
    ].join(' ');
    const { text, rest } = condenseForSms(reply(answer));
    expect(text).toBe(
      'Inkomstförsäkringen ingår i medlemskapet. Du behöver också vara med i en a-kassa för att ha rätt till ersättning vid en eventuell arbetslöshet. Glöm inte att söka medlemskap i a-kassan!' +
        `\n${SOURCE_SV}\n${HINT_SV}`,
    );
    expect(rest).toBe('Du ansluts automatiskt till personförsäkringar hos det försäkringsbolag som Vision samarbetar med.');
  });

  it('cuts a first sentence too long for the room at a word boundary', () => {
    const { text, rest } = condenseForSms(reply(LONG_ANSWER));
    const body = text.split('\n').slice(0, -2).join('\n');
    const answer = withoutLeadIn(toGsm7(LONG_ANSWER));
    const firstSentence = answer.slice(0, answer.indexOf('\n'));
    expect(body.length).toBeLessThan(firstSentence.length); // the cut is inside the first sentence
    expect(answer.startsWith(body)).toBe(true);
    expect(body.length).toBeGreaterThan(150);
    expect(answer[body.length]).toBe(' ');
    expect(rest.startsWith(answer.slice(body.length + 1, body.length + 10))).toBe(true);
  });

  it('sends the rest in continuation parts without losing any words', () => {
    const parts = allParts(reply(LONG_ANSWER));
    expect(parts.length).toBeGreaterThanOrEqual(2);
    parts.forEach((part, i) => {
      expect(segmentCount(part), part).toBeLessThanOrEqual(2);
      expect(isGsm7(part)).toBe(true);
      expect(part).not.toMatch(/\n\n/);
      const last = i === parts.length - 1;
      expect(part.endsWith(HINT_SV)).toBe(!last);
      expect(part.includes('Källa:')).toBe(i === 0);
    });
    const bodies = parts.map((part) => part.replace(`\n${SOURCE_SV}`, '').replace(`\n${HINT_SV}`, ''));
    const expected = withoutLeadIn(toGsm7(LONG_ANSWER).replace(/ *\[[\d, ]+\]/g, ''));
    expect(words(bodies.join(' '))).toEqual(words(expected));
    expect(bodies.join(' ')).toContain('- Personlig rådgivning\n- Schysta medlemsförmåner');
  });

  it('never loses text, and every part fits, for many random answers and budgets', () => {
    let seed = 1;
    const random = (): number => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const sentences = LONG_ANSWER.split('\n').filter(Boolean);
    for (let i = 0; i < 60; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 12) }, () => sentences[Math.floor(random() * sentences.length)]).join(
        random() < 0.5 ? ' ' : '\n',
      );
      const maxSegments = 1 + Math.floor(random() * 3);
      const r = reply(text, random() < 0.7 ? [MEMBERSHIP, SOCIAL] : [], random() < 0.5 ? 'sv' : 'en');
      const parts = allParts(r, maxSegments);
      const hint = SMS_MORE_HINT[r.language];
      for (const part of parts) {
        expect(segmentCount(part)).toBeLessThanOrEqual(maxSegments);
        expect(isGsm7(part)).toBe(true);
      }
      const source = r.language === 'sv' ? SOURCE_SV : SOURCE_SV.replace('Källa', 'Source');
      const bodies = parts.map((part) => part.replace(`\n${hint}`, '').replace(source, ''));
      const expected = r.citations.length > 0 ? withoutLeadIn(toGsm7(text).replace(/ *\[[\d, ]+\]/g, '')) : toGsm7(text);
      expect(words(bodies.join(' '))).toEqual(words(expected));
      if (r.citations.length > 0) expect(parts[0]).toContain(source);
    }
  });

  it('drops the chat lead-in naming the source (Swedish and English), since the source line names it', () => {
    const sv = condenseForSms(reply('Enligt ”Bli medlem i Vision – 3 månader kostnadsfritt”: inkomstförsäkringen ingår i medlemskapet [1].', [MEMBERSHIP]));
    expect(sv).toEqual({ text: `Inkomstförsäkringen ingår i medlemskapet.\n${SOURCE_SV}`, rest: '' });
    const en = condenseForSms(
      reply('According to “Bli medlem i Vision – 3 månader kostnadsfritt” (quoted in Swedish): income insurance is included [1].', [MEMBERSHIP], 'en'),
    );
    expect(en).toEqual({ text: `Income insurance is included.\n${SOURCE_SV.replace('Källa', 'Source')}`, rest: '' });
  });

  it('leaves a body that does not start with the lead-in unchanged, and keeps the lead-in when there are no citations', () => {
    const inside = condenseForSms(reply('Det står så enligt "Bli medlem i Vision": inkomstförsäkringen ingår [1].', [MEMBERSHIP]));
    expect(inside.text).toBe(`Det står så enligt "Bli medlem i Vision": inkomstförsäkringen ingår.\n${SOURCE_SV}`);
    const uncited = condenseForSms(reply('Enligt "Bli medlem i Vision": inkomstförsäkringen ingår.', []));
    expect(uncited.text).toBe('Enligt "Bli medlem i Vision": inkomstförsäkringen ingår.');
  });

  it('sends a short answer whole, with the source line and without the hint', () => {
    const result = condenseForSms(reply('Ja, inkomstförsäkringen ingår i medlemskapet [1].'));
    expect(result).toEqual({
      text: `Ja, inkomstförsäkringen ingår i medlemskapet.\n${SOURCE_SV}`,
      rest: '',
    });
    expect(segmentCount(result.text)).toBe(1);
  });

  it('leaves out the date and url parts the citation does not have', () => {
    const { text } = condenseForSms(reply('Stabila arbetsgrupper är viktiga [1].', [{ ...SOCIAL, n: 1, title: 'Stabilitet viktig ledningsfråga', url: undefined }]));
    expect(text).toBe('Stabila arbetsgrupper är viktiga.\nKälla: Stabilitet viktig ledningsfråga (2007-02-23)');
    const undated = condenseForSms(reply('Stabila arbetsgrupper är viktiga [1].', [{ ...MEMBERSHIP, date: undefined }]));
    expect(undated.text).toBe('Stabila arbetsgrupper är viktiga.\nKälla: Bli medlem i Vision - 3 månader kostnadsfritt https://vision.se/bli-medlem');
  });

  it('uses English words for an English reply', () => {
    const long = `${'Income insurance is included in the membership [1]. '.repeat(8)}You also need an unemployment fund.`;
    const { text, rest } = condenseForSms(reply(long, [MEMBERSHIP], 'en'));
    expect(text).toContain('\nSource: Bli medlem i Vision - 3 månader kostnadsfritt (2024-02-01) https://vision.se/bli-medlem\n');
    expect(text.endsWith('Reply MER for more.')).toBe(true);
    expect(text).not.toContain('Källa');
    expect(text).not.toContain('Svara');
    const next = continueForSms(rest, 'en');
    expect(next.text).toContain('You also need an unemployment fund.');
    expect(next.text).not.toContain('Source:');
    expect(next.rest).toBe('');
  });

  it('removes citation markers of every shape but keeps other bracketed numbers', () => {
    const { text } = condenseForSms(
      reply('Ett [1]. Två [1, 2] och tre [1][2]. Fyra [1] [2] och fem [1–2]. Lagen [2020] gäller.', [MEMBERSHIP]),
    );
    expect(text.split('\n')[0]).toBe('Ett. Två och tre. Fyra och fem. Lagen [2020] gäller.');
  });

  it('keeps bracketed numbers in replies without citations', () => {
    const { text } = condenseForSms(reply('Se punkt [3] i avtalet.', []));
    expect(text).toBe('Se punkt [3] i avtalet.');
  });

  it('shortens a very long title with "..." at a word boundary', () => {
    const title =
      'Psykisk ohälsa är en stor folkhälsoutmaning som kräver samverkan mellan kommuner, regioner och staten under lång tid';
    const { text } = condenseForSms(reply('Kort svar [1].', [{ ...MEMBERSHIP, title, date: undefined, url: undefined }]));
    const sourceLine = text.split('\n')[1] ?? '';
    const shown = sourceLine.replace('Källa: ', '');
    expect(shown.endsWith('...')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(60);
    expect(shown.length).toBeGreaterThan(40);
    const kept = shown.slice(0, -3);
    expect(title.startsWith(kept)).toBe(true);
    expect(title[kept.length]).toBe(' ');
  });

  it('turns curly quotes, en dashes, bullets and ellipses into GSM-7', () => {
    const { text } = condenseForSms(reply('Hon sa: ”Det är viktigt” – och ‘rätt’…\n• Punkt', []));
    expect(text).toBe('Hon sa: "Det är viktigt" - och \'rätt\'...\n- Punkt');
    expect(isGsm7(text)).toBe(true);
  });

  it('cuts replies without citations with the hint and no source line', () => {
    const text = 'Det hittar jag inget svar på i Visions dokument, och jag vill inte gissa. '.repeat(6).trim();
    const first = condenseForSms(reply(text, []));
    expect(segmentCount(first.text)).toBeLessThanOrEqual(2);
    expect(first.text.endsWith(`gissa.\n${HINT_SV}`)).toBe(true);
    expect(first.text).not.toContain('Källa');
    expect(first.rest.startsWith('Det hittar')).toBe(true);
  });

  it('respects maxSegments 1 and 3', () => {
    for (const maxSegments of [1, 3]) {
      const { text, rest } = condenseForSms(reply(LONG_ANSWER), { maxSegments });
      expect(segmentCount(text)).toBe(maxSegments);
      expect(text).toContain('\nKälla: ');
      expect(rest).not.toBe('');
    }
    expect(() => condenseForSms(reply(LONG_ANSWER), { maxSegments: 0 })).toThrow(RangeError);
  });

  it('drops a long url from the source line rather than leave no room for the answer in one segment', () => {
    const url = `https://www.vision.se/${'rad-och-stod/'.repeat(6)}inkomstforsakring`;
    const { text } = condenseForSms(reply(LONG_ANSWER, [{ ...MEMBERSHIP, url }]), { maxSegments: 1 });
    expect(segmentCount(text)).toBe(1);
    expect(text).toContain('\nKälla: Bli medlem i Vision - 3 månader kostnadsfritt (2024-02-01)\n');
    expect(text).not.toContain(url);
    const two = condenseForSms(reply(LONG_ANSWER, [{ ...MEMBERSHIP, url }]));
    expect(two.text).toContain(url);
  });
});

describe('continueForSms', () => {
  it('returns the last part without a hint', () => {
    expect(continueForSms('Sista meningen.', 'sv')).toEqual({ text: 'Sista meningen.', rest: '' });
  });

  it('cuts a long rest again with the hint', () => {
    const rest = 'Mening nummer ett handlar om lön. '.repeat(15).trim();
    const part = continueForSms(rest, 'sv', { maxSegments: 1 });
    expect(segmentCount(part.text)).toBe(1);
    expect(part.text.endsWith(`lön.\n${HINT_SV}`)).toBe(true);
    expect(words(`${part.text.replace(`\n${HINT_SV}`, '')} ${part.rest}`)).toEqual(words(rest));
  });
});
