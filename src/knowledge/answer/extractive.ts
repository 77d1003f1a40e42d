import { escapeRegExp } from '../../core/regexp.js';
import { textsFor } from '../../core/texts.js';
import { foldDiacritics } from '../text/edit-distance.js';
import { FORM_WEIGHTS } from '../text/analyze-query.js';
import { stems, swedishStem } from '../text/snowball.js';
import { swedishDictionary } from '../text/swedish-dictionary.js';
import type { Citation } from '../../core/types.js';
import { splitSentences } from '../ingest/chunk.js';
import type { Passage } from '../retrieve/types.js';
import { ConceptMatcher } from './concept-matcher.js';
import { askedNoun, hasListItem, identitySubject, isListItem, namesNoun, namesNounByName, questionType, satisfiesType, saysWhoIs, typeIsRequired, type QuestionType } from './question-type.js';
import { citationFor } from './citation.js';
import { abstainReason, CONSIDERED_PASSAGES, coverageGate, CONSIDERED_SCORE_SHARE, DEFAULT_MIN_COVERAGE, namesMissingFromArticle, questionNames } from './coverage.js';
import type { AnswerComposer, AnswerInput, ComposedAnswer } from './types.js';

export interface ExtractiveComposerOptions {
  expandForIndex: (text: string) => string;
  /** Below this share of the question's informative content in the best passage, abstain. */
  minCoverage?: number;
  /** Most words quoted in one answer. */
  maxWords?: number;
}

/** A quotable unit of a passage: a sentence, or a lead-in sentence with the list it introduces. */
interface Unit {
  passageIndex: number;
  documentId: string;
  position: number;
  text: string;
  matched: number[];
  score: number;
  satisfies: boolean;
}

/** Weight of a name of the question in choosing the sentences to quote. */
const NAME_SENTENCE_WEIGHT = 0.5;
/** Questions about a person, where the name is what is asked about. */
const PERSON_TYPES: ReadonlySet<QuestionType> = new Set(['identity', 'person', 'agent', 'appointee']);
/** A word of the question in fewer than about a third of the passages (IDF ≥ 1) tells what it is about. */
const TELLING_IDF = 1;
/** Words that say what kind of fact is asked for, not what it is about. */
const TYPE_WORDS: ReadonlySet<string> = new Set(['procent', 'andel', 'del', 'antal', 'kronor', 'kr', 'kostar', 'kostnad', 'pris', 'år', 'datum', 'dag', 'lön', 'percent', 'percentage', 'share']);

/**
 * The default composer, without any model: quotes the sentences that answer the question from
 * the best passages, word for word, and cites their documents. It never writes a fact of its
 * own; when the passages do not carry what the question asks for, it abstains.
 */
export class ExtractiveComposer implements AnswerComposer {
  private readonly minCoverage: number;
  private readonly maxWords: number;

  constructor(private readonly options: ExtractiveComposerOptions) {
    this.minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
    this.maxWords = options.maxWords ?? 90;
  }

  /** Per compose(): the question has no topic of its own (a follow-up), and the best passage's document. */
  private followUpOnly = false;
  private bestDocument = '';
  /** "Vilken lag …?": the kind of thing asked for; a sentence naming one is preferred. */
  private askedNoun?: string;
  private identitySubject?: string;
  private asksForAWay = false;
  /** "Vilka/några försäkringar …": the stem of the plural noun whose kinds are asked for. */
  private askedKinds?: string;

  async compose({ question, language, retrieval, alreadySaid }: AnswerInput): Promise<ComposedAnswer> {
    const texts = textsFor(language);
    const abstain = (reason: string): ComposedAnswer => ({ kind: 'abstain', text: texts.abstain, citations: [], composer: 'extractive', abstainReason: reason });
    const { passages, concepts } = retrieval;
    const best = passages[0];
    const reason = abstainReason(passages, concepts, this.minCoverage, question);
    if (reason || !best) return abstain(reason ?? 'no_passages');

    const type = questionType(question);
    this.askedNoun = askedNoun(question);
    this.identitySubject = identitySubject(question);
    this.asksForAWay = ASKS_FOR_A_WAY.test(question);
    this.askedKinds = kindsAskedFor(question);
    // As in passage ranking, a name says whose words are asked about rather than which of them:
    // it weighs less in choosing the sentence (not when the question is about the person).
    const sentenceConcepts = NAME_SENTENCE_WEIGHT < 1 && !PERSON_TYPES.has(type) ? concepts.map((c) => (c.name && !c.fromHistory ? { ...c, weight: c.weight * NAME_SENTENCE_WEIGHT } : c)) : concepts;
    const matcher = new ConceptMatcher(sentenceConcepts, this.options.expandForIndex);
    this.followUpOnly = concepts.length > 0 && concepts.every((c) => c.fromHistory);
    this.bestDocument = best.documentId;
    // A passage from an article that never mentions a name the question asks about
    // ("Akademikerförbundet SSR") answers another question, however well it matches the rest.
    const names = questionNames(concepts);
    const considered = passages.filter((p, i) => i < CONSIDERED_PASSAGES && p.score >= best.score * CONSIDERED_SCORE_SHARE && !namesMissingFromArticle(p, names).length);
    if (considered.length === 0) return abstain('name_elsewhere');
    let units = considered.flatMap((passage, passageIndex) => this.units(passage, passageIndex, matcher, type, best.score));
    // "Och vad mer?": what led the previous answer is not quoted again (what followed it may be:
    // the member asks for more than the main point, which is what they were given).
    if (alreadySaid) units = units.filter((u) => u.text !== alreadySaid);
    const near = neighbours(units);
    const { before } = near;
    this.scoreByNeighbours(units, near, type, question, concepts);
    // "Vad tycker Vision att varje kommun ska göra …?" asks for Vision's view: the sentence where
    // Vision states it ("Vision anser att varje kommun behöver …") answers it.
    const holder = OPINION_QUESTION.test(question) ? concepts.find((c) => c.name && !c.fromHistory) : undefined;
    if (holder) {
      const states = new RegExp(`(?<![\\p{L}])${escapeRegExp(holder.concept)}\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:anser|ansåg|tycker|tyckte|menar)\\b`, 'iu');
      for (const unit of units) if (states.test(unit.text)) unit.score += OPINION_BONUS;
    }
    // "Vad ville Titti Fränkel göra …?" asks for what the person named says: the sentence that
    // quotes them ("…, säger Titti Fränkel från Akademikerförbundet SSR") is their answer.
    // Only a person named in full (a first and a last name, two name concepts): "säger Vision" is no quote.
    const speakers = SAID_QUESTION.test(question) ? concepts.filter((c) => c.name && !c.fromHistory && !c.concept.includes(' ')) : [];
    if (speakers.length >= 2) {
      const quoted = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS}|påpekar|betonar)\\s+${speakers.map((c) => `(?:\\p{L}+\\s+){0,2}?${escapeRegExp(c.concept)}(?![\\p{L}])`).join('|')}`, 'iu');
      for (const unit of units) if (quoted.test(unit.text)) unit.score += QUOTED_SPEAKER_BONUS;
    }
    units.sort((a, b) => b.score - a.score);
    const top = units[0];
    if (!top) return abstain('no_sentences');
    if (typeIsRequired(type) && !units.some((u) => u.satisfies && (u.matched.length > 0 || (this.followUpOnly && u.documentId === best.documentId)))) return abstain(`no_${type}_fact`);
    // "Hur många socionomer är sjukskrivna?" is not answered by "Över 600 socionomer har svarat":
    // the number must come with a telling word of the question (in its sentence or the one before),
    // not only with words found all over the documents.
    // Both checks below go by the word itself, not only a part of it ("social" of "socialsekreterare" in "socialtjänsten").
    const strong = (u: Unit | undefined) => (u ? matcher.strongMatches(u.text) : []);
    if (typeIsRequired(type) && !this.followUpOnly && type !== 'person') {
      const telling = new Set(concepts.flatMap((c, i) => (!c.fromHistory && c.idf >= TELLING_IDF && !TYPE_WORDS.has(c.concept) ? [i] : [])));
      // Who became or was appointed something is named in the sentence that names what they became.
      const tells = (u: Unit) => strong(u).some((i) => telling.has(i)) || (type !== 'appointee' && strong(before(u)).some((i) => telling.has(i)));
      // … in a passage that is about the question itself: "När infördes legitimation för socionomer i
      // Sverige?" is not answered by the date of a survey "av socionomer i Sverige".
      const gate = coverageGate(this.minCoverage, question, concepts);
      const onTopic = (u: Unit) => (type !== 'time' && type !== 'date') || (considered[u.passageIndex]?.coverage ?? 0) >= gate;
      if (telling.size > 0 && !units.some((u) => u.satisfies && tells(u) && onTopic(u))) return abstain(`no_${type}_fact_on_topic`);
    }
    // "Hur många månader …?" is not answered by "Våra 195 000 medlemmar": the number must count what was asked about.
    const counted = type === 'count' ? countedConcept(question, concepts) : undefined;
    if (counted !== undefined) {
      const counts = (u: Unit) => strong(u).includes(counted) || strong(before(u)).includes(counted);
      if (!units.some((u) => u.satisfies && counts(u))) return abstain('no_count_of_what_was_asked');
    }

    // "Vilket försäkringsbolag har Vision avtal med?" asks for a name: a sentence that only says
    // "de försäkringsbolag som Vision har avtal med" names none (a name of the question is no answer).
    if (this.askedNoun && ORGANISATION_NOUNS.test(this.askedNoun) && ASKS_WHICH.test(question)) {
      const asked = new Set(question.match(/\p{L}+/gu)?.map((w) => w.toLocaleLowerCase('sv-SE')) ?? []);
      const isAsked = (name: string) => asked.has(name) || (name.endsWith('s') && asked.has(name.slice(0, -1)));
      // A person's name is no organisation's ("säger Annica Blomsten, socialdirektör …" names none),
      // nor is a capital that starts a sentence ("… försörjningsstöd. Den digitala roboten …").
      const withoutPeople = (text: string) => text.replace(QUOTED_PERSON, ' ').replace(PERSON_WITH_ROLE, ' ');
      const namesOne = (u: Unit) => [...withoutPeople(u.text).matchAll(/(?<=[^\s.!?…:–-]\s+)\p{Lu}[\p{L}-]*/gu)].some((m) => !isAsked(m[0].toLocaleLowerCase('sv-SE')));
      if (!units.some((u) => u.matched.length > 0 && namesOne(u))) return abstain('no_name_of_asked_kind');
    }
    let chosen = this.select(units, type, matcher);
    // "Vad sa de att riksdagen ska göra för barn och unga?" is answered by the whole short section
    // under the heading "Barn och unga", not by its one sentence that repeats the most words.
    const section = this.wholeSection(units, considered, matcher, concepts);
    if (section) chosen = section;
    const byPassage = new Map<number, Unit[]>();
    for (const unit of chosen) byPassage.set(unit.passageIndex, [...(byPassage.get(unit.passageIndex) ?? []), unit]);

    const citations: Citation[] = [];
    const parts: string[] = [];
    for (const [passageIndex, selected] of [...byPassage.entries()].sort((a, b) => a[0] - b[0])) {
      const passage = considered[passageIndex]!;
      const n = citations.length + 1;
      citations.push(citationFor(passage, n));
      // A list ends its line: what follows it starts a new one.
      const quoted = selected
        .sort((a, b) => a.position - b.position)
        .reduce((text, u) => (text === '' ? u.text : `${text}${endsWithListItem(text) ? '\n' : ' '}${u.text}`), '');
      if (quoted === passage.title.trim()) {
        // The title is the answer: "Enligt «T»: T" would say it twice.
        parts.push(`${texts.titleSays(passage.organisation ?? 'Vision', passage.published)} «${quoted}» [${n}]`);
        continue;
      }
      const source = `«${passage.title}»${passage.published ? ` (${passage.published})` : ''}`;
      parts.push(`${texts.accordingTo(source)} ${quoted} [${n}]`);
    }
    return { kind: 'answer', text: parts.join('\n\n'), citations, composer: 'extractive', lead: top.text };
  }

  /**
   * Sentences that answer through the one beside them: a title that follows the sentence naming
   * what is asked about, the document's own question followed by its answer, and what holds
   * otherwise after the sentence that states the case.
   */
  private scoreByNeighbours(units: Unit[], { before, after }: Neighbours, type: QuestionType, question: string, concepts: AnswerInput['retrieval']['concepts']): void {
    if (type === 'title') {
      // "Med en ny bok hoppas de … I höstas utkom ”Våld i nära relationer …”": the title often
      // follows the sentence that names what the question asks about.
      // It may come a sentence or two later, and then the best match of those it follows lends it its score.
      for (const unit of units) {
        if (!unit.satisfies || unit.matched.length > 0) continue;
        const previous = before(unit);
        const earlier = previous && before(previous);
        const lead = Math.max(...[previous, earlier].map((u) => (u && u.matched.length > 0 ? u.score : -Infinity)));
        if (lead > -Infinity) unit.score = Math.max(unit.score, lead + 0.05);
      }
    }
    // The documents ask some questions themselves ("Är du arbetssökande och vill bli medlem?") and
    // answer them in the next sentence: where such a question asks about each of the member's own
    // words as such (not about a part of one: "söka" of "arbetssökande"), the pair answers it (the
    // quote goes on to the answer; see select).
    const ownWords = concepts.filter((c) => !c.fromHistory && c.weight >= 1).map((c) => new Set(c.forms.filter((f) => f.weight >= FORM_WEIGHTS.baseForm && !f.word.includes(' ')).map((f) => swedishStem(f.word.toLowerCase()))));
    const asksTheSame = (text: string) => {
      const found = stems(text);
      return ownWords.length > 0 && ownWords.every((forms) => [...forms].some((f) => found.has(f)));
    };
    for (const unit of units) {
      if (!DOCUMENT_QUESTION.test(unit.text) || !asksTheSame(unit.text)) continue;
      const answer = after(unit);
      if (answer && !QUESTION_SENTENCE.test(answer.text)) unit.score += FAQ_BONUS;
    }
    // "Vad händer om det inte går att dra avgiften från lönen?" is answered by what the document
    // says happens otherwise: the sentence after the one that states the case ("… betalas
    // medlemsavgiften genom automatiskt avdrag på min lön. Om det inte är möjligt får jag …").
    if (NEGATED_CONDITION.test(question)) {
      for (const unit of units) {
        const stated = before(unit);
        if (!OTHERWISE.test(unit.text) || !stated || stated.matched.length === 0) continue;
        unit.score = Math.max(unit.score, stated.score + OTHERWISE_BONUS);
        unit.matched = [...new Set([...unit.matched, ...stated.matched])];
      }
    }
  }

  private units(passage: Passage, passageIndex: number, matcher: ConceptMatcher, type: QuestionType, topScore: number): Unit[] {
    const units: Unit[] = [];
    let body = passage.text;
    let heading: string | undefined;
    if (passage.heading && body.startsWith(`${passage.heading}\n`)) {
      heading = passage.heading;
      body = body.slice(heading.length + 1);
    }
    // What a heading says ("Råd till dig som …", "Handledning") is context for the sentences under it.
    const headingConcepts = passage.heading ? matcher.matches(passage.heading) : [];
    let position = 0;
    joinListLeadIns(body.split(/\n{2,}/)).forEach((block, blockIndex) => {
      let lines = block.split('\n');
      // The curated search terms written for this paragraph say what it is about, as a heading does.
      const terms = (passage.searchTerms ?? []).filter((_, i) => (passage.searchTermBlocks?.[i] ?? -1) === blockIndex);
      let context = terms.length > 0 ? [...new Set([...headingConcepts, ...matcher.matches(terms.join(', '))])] : headingConcepts;
      // A subsection heading inside the passage ("Handledning") is no sentence of its own.
      while (lines.length > 1 && isHeadingLine(lines[0]!)) {
        context = [...new Set([...context, ...matcher.matches(lines[0]!)])];
        lines = lines.slice(1);
      }
      const listStart = lines.findIndex(isListItem);
      const prose = listStart === -1 ? lines.join(' ') : lines.slice(0, listStart).join(' ');
      const list = listStart === -1 ? [] : lines.slice(listStart);
      const sentences = prose.trim() ? splitSentences(prose) : [];
      const unit = (text: string, isList: boolean, extra: number[] = []) =>
        this.unit(text, passage, passageIndex, position++, matcher, type, topScore, isList, extra.length > 0 ? [...new Set([...context, ...extra])] : context);
      sentences.forEach((sentence, i) => {
        const introducesList = list.length > 0 && i === sentences.length - 1;
        // "… en omfattande vidareutbildning för denna grupp": what "denna grupp" stands for, the sentence
        // before names ("arbetsledarna inom socialtjänsten"); it is context, as a heading is.
        const refersBack = i > 0 && ANAPHORA.test(sentence) ? matcher.matches(sentences[i - 1]!) : [];
        units.push(unit(introducesList ? `${sentence}\n${list.join('\n')}` : sentence, introducesList, refersBack));
      });
      if (list.length && sentences.length === 0) {
        // A list straight under a heading: the heading is its lead-in.
        const lead = blockIndex === 0 && heading ? `${heading}\n` : '';
        units.push(unit(`${lead}${list.join('\n')}`, true));
      }
    });
    // Advice written as subsections ("Jobba inte ensam", "Handledning", "Fritid" …, each with a
    // few sentences) is a list too: for a question asking for advice, each subsection's heading
    // and first sentence, in order.
    if (type === 'list') {
      const items = body.split(/\n{2,}/).flatMap((block) => {
        const [first = '', ...rest] = block.split('\n');
        // The first sentence, and the next when the first is too short to stand alone ("Kompromissa inte bort den.").
        const sentences = rest.length > 0 && isHeadingLine(first) ? splitSentences(rest.join(' ')) : [];
        const sentence = sentences[0] && wordCount(sentences[0]) < 6 && sentences[1] ? `${sentences[0]} ${sentences[1]}` : sentences[0];
        return sentence ? [`- ${first.trim()}: ${sentence}`] : [];
      });
      if (items.length >= 3) units.push(this.unit(`${heading ? `${heading}\n` : ''}${items.join('\n')}`, passage, passageIndex, position++, matcher, type, topScore, true, headingConcepts));
    }
    // A fact only the title states ("Bli medlem i Vision - 3 månader kostnadsfritt" for "Hur länge är
    // det gratis?"): the title is a sentence of the article's lead passage for a question that asks
    // for that kind of fact, placed after its sentences.
    // Only when the title is about all the question asks ("Hur många månader … innan inkomstförsäkringen
    // börjar gälla?" is not answered by a title about joining).
    if (passage.ordinal === 0 && typeIsRequired(type) && satisfiesType(type, passage.title) && matcher.coverage(matcher.matches(passage.title)) >= TITLE_MIN_COVERAGE) {
      units.push(this.unit(passage.title, passage, passageIndex, position++, matcher, type, topScore, false));
    }
    return units;
  }

  private unit(text: string, passage: Passage, passageIndex: number, position: number, matcher: ConceptMatcher, type: QuestionType, topScore: number, isList: boolean, context: number[] = []): Unit {
    const matched = matcher.matches(text);
    // "Vilken roll har Annica Blomsten?" is answered by the sentence that gives her role, not another person's.
    const satisfies = type === 'identity' && this.identitySubject ? saysWhoIs(this.identitySubject, text) : satisfiesType(type, text);
    // A concept found only through a part of a word ("arbets" of "arbetstagare" for
    // "arbetsbelastningen", "social" of "sociala" for "socialförvaltning") counts for less.
    const strongCoverage = matcher.coverage(matcher.strongMatches(text));
    const own = strongCoverage + WEAK_MATCH_SHARE * (matcher.coverage(matched) - strongCoverage);
    let score = own + HEADING_CONTEXT * (matcher.coverage([...new Set([...matched, ...context])]) - own);
    // For a question that asks for a number, a person or a date, a sentence without one is no answer.
    // A follow-up such as "Vem sa det?" names no topic of its own: the fact may sit in another
    // sentence of the best passage's document, which is what the conversation is about.
    const onTopic = matched.length > 0 || (this.followUpOnly && passage.documentId === this.bestDocument);
    if (typeIsRequired(type)) score += satisfies && onTopic ? 0.3 : -3;
    if (type === 'list' && isList) score += 0.25;
    if (type === 'agent' && satisfies) score += 0.1;
    if ((type === 'identity' || type === 'title') && satisfies && matched.length > 0) score += 0.3;
    if (type === 'reason' && REASON.test(text)) score += 0.1;
    // "Hur kan man få ner arbetsbördan?" asks for a way: "… kan regleras med färre ärenden", "genom att …".
    if (this.asksForAWay && MEANS.test(text)) score += 0.1;
    if (this.askedNoun && onTopic && namesNoun(this.askedNoun, text)) score += 0.3;
    // "Vilken kommun …?" is answered by the sentence that names one ("… socialchef i Botkyrka kommun").
    if (this.askedNoun && onTopic && namesNounByName(this.askedNoun, text)) score += 0.3;
    // A sentence that only echoes the question ("Det är några av socionomernas råd …") tells little.
    if (matcher.novelty(text) < 0.35) score -= 0.25;
    // Prefer what retrieval ranked first, and a passage's opening over its details.
    score += PASSAGE_PRIOR * (passage.score / topScore) ** PASSAGE_POWER + (position === 0 ? 0.05 : 0);
    if (text.split(/\s+/).length < 4) score -= 0.3;
    // A question in the document ("Är du arbetssökande och vill bli medlem?") is answered by what follows it.
    if (/\?["”]?$/.test(text)) score -= 0.2;
    return { passageIndex, documentId: passage.documentId, position, text, matched, score, satisfies };
  }

  /**
   * All of the best unit's passage, when its heading names a telling word of the question (not a
   * name) and the passage is short enough to quote whole.
   */
  private wholeSection(units: Unit[], considered: Passage[], matcher: ConceptMatcher, concepts: AnswerInput['retrieval']['concepts']): Unit[] | undefined {
    const best = units[0];
    if (!best) return undefined;
    const passage = considered[best.passageIndex]!;
    if (!passage.heading) return undefined;
    const telling = matcher.matches(passage.heading).filter((i) => concepts[i] && !concepts[i]!.fromHistory && !concepts[i]!.name && concepts[i]!.idf >= TELLING_IDF);
    if (telling.length === 0) return undefined;
    const all = units.filter((u) => u.passageIndex === best.passageIndex).sort((a, b) => a.position - b.position);
    if (all.length < 2 || all.reduce((n, u) => n + wordCount(u.text), 0) > this.maxWords) return undefined;
    return all;
  }

  /**
   * A contiguous quote around the best unit — the sentences that continue it, and the one before
   * when it leans on it — plus, from another document, a unit nearly as good as the best.
   */
  private select(units: Unit[], type: QuestionType, matcher: ConceptMatcher): Unit[] {
    const best = units[0];
    if (!best) return [];
    const samePassage = units.filter((u) => u.passageIndex === best.passageIndex).sort((a, b) => a.position - b.position);
    const at = (position: number) => samePassage.find((u) => u.position === position);
    const chosen = [best];
    let words = wordCount(best.text);
    const fits = (unit: Unit) => words + wordCount(unit.text) <= this.maxWords;

    const previous = at(best.position - 1);
    // A sentence that leans on the one before ("Det …", "… för denna grupp") is quoted with it.
    if (previous && (LEANS_BACK.test(best.text) || ANAPHORA.test(best.text)) && fits(previous)) {
      chosen.push(previous);
      words += wordCount(previous.text);
    }
    let last = best;
    for (let step = 1; step <= 2; step++) {
      const next = at(best.position + step);
      if (!next || !fits(next)) break;
      const answersQuestion = /\?["”]?$/.test(last.text);
      // "Varför ökade antalet …?": "Antalet … har under 1990-talet ökat markant." is followed by why: "Förändringar … har medfört fler arbetslösa …".
      const explains = type === 'reason' && CAUSES.test(next.text);
      const relevant = answersQuestion || explains || next.matched.length > 0 || CONTINUES.test(next.text);
      if (!relevant || (typeIsRequired(type) && !next.satisfies && !CONTINUES.test(next.text) && !answersQuestion)) break;
      chosen.push(next);
      words += wordCount(next.text);
      last = next;
    }
    // A question often asks for more than one sentence holds ("Vilka tips …?", "Ingår det
    // försäkringar …?"): another sentence of the same passage that covers what the quote so far
    // does not is added, in the passage's order.
    const covered = new Set(chosen.flatMap((u) => u.matched));
    for (const candidate of units) {
      if (chosen.length >= MAX_UNITS || candidate.passageIndex !== best.passageIndex || chosen.includes(candidate)) continue;
      if (candidate.score < best.score * COMPLEMENT_MIN_SCORE || !fits(candidate)) continue;
      if (typeIsRequired(type) && !candidate.satisfies) continue;
      // What it adds must be a word of the question, not only part of one ("arbets" of "arbetsgivaren").
      const gain = matcher.coverage([...new Set([...covered, ...matcher.strongMatches(candidate.text)])]) - matcher.coverage([...covered]);
      if (gain < COMPLEMENT_MIN_GAIN) continue;
      chosen.push(candidate);
      words += wordCount(candidate.text);
      for (const c of candidate.matched) covered.add(c);
    }
    // "Ingår det några försäkringar …?" asks for all of them: a sentence of the passage that names
    // another kind of the thing asked about ("personförsäkringar" beside "inkomstförsäkringen") is added.
    if (this.askedKinds) {
      const kinds = (text: string) => new Set(kindsNamed(text, this.askedKinds!));
      const named = new Set(chosen.flatMap((u) => [...kinds(u.text)]));
      for (const candidate of samePassage) {
        if (chosen.length >= MAX_UNITS || chosen.includes(candidate) || !fits(candidate)) continue;
        const fresh = [...kinds(candidate.text)].filter((k) => !named.has(k));
        if (fresh.length === 0) continue;
        chosen.push(candidate);
        words += wordCount(candidate.text);
        for (const k of fresh) named.add(k);
      }
    }
    // A question the document asks itself ("Är du arbetssökande och vill bli medlem?") is quoted
    // with its answer, the sentence after it, or not at all: alone it tells the member nothing.
    for (const unit of [...chosen]) {
      if (unit === best || !DOCUMENT_QUESTION.test(unit.text)) continue;
      const answer = at(unit.position + 1);
      if (!answer || chosen.includes(answer) || QUESTION_SENTENCE.test(answer.text)) continue;
      if (fits(answer)) {
        chosen.push(answer);
        words += wordCount(answer.text);
      } else {
        chosen.splice(chosen.indexOf(unit), 1);
        words -= wordCount(unit.text);
      }
    }
    const other = units.find((u) => u.documentId !== best.documentId && u.score >= best.score * 0.9 && u.matched.length > 0);
    if (other && fits(other) && (!typeIsRequired(type) || other.satisfies)) chosen.push(other);
    return chosen;
  }
}

/**
 * Retrieval's ranking leads: a sentence gains up to this much for its passage's score relative to
 * the first passage, raised to PASSAGE_POWER so that only a near tie lets another passage's
 * sentence be quoted instead.
 */
const PASSAGE_PRIOR = 1;
/** Sentences quoted at most, and what a further sentence must add: a share of the question's content, and a score near the best's. */
const MAX_UNITS = 3;
const COMPLEMENT_MIN_GAIN = 0.1;
/** A question the document asks itself and answers next, asking what the member asks, leads the answer. */
const FAQ_BONUS = 0.5;
const QUESTION_SENTENCE = /\?["”]?$/;
/** A sentence that is itself a question, not one that quotes a question ("… fick svara på frågan ”Vilka …?”"). */
const DOCUMENT_QUESTION = /^[^"”«»:]+\?$/;
const COMPLEMENT_MIN_SCORE = 0.5;
const PASSAGE_POWER = 6;
/** How much a concept named only in the heading above a sentence counts for that sentence. */
const HEADING_CONTEXT = 0.5;
const REASON = /\b(för att|eftersom|därför|så att|på grund av)\b/i;
/** A sentence that says what caused something ("… har medfört fler arbetslösa", "… beror på …"). */
const CAUSES = /\b(?:medfört|medför|medförde|lett till|leder till|ledde till|beror på|berodde på|orsakat|orsakar|orsakade|på grund av|eftersom|till följd av|bidragit till|bidrar till|bidrog till)\b/i;
/** A question asking how to do something ("Hur kan man …", "Hur ska jag …"). */
const ASKS_FOR_A_WAY = /^\s*(?:hej!?\s*|hallå(?: där)?!?\s*)?hur (?:kan|ska|skall|bör|borde|gör|får) (?:man|jag|vi|ni|en|de)\b|^\s*how (?:can|do|should) (?:i|we|you|one)\b/i;
/** A sentence that says by what means ("genom att", "med hjälp av", "kan regleras med"). */
const MEANS = /\b(?:genom att|genom|med hjälp av|kan (?:\p{L}+ )?(?:regleras|minskas|lösas|förbättras|åtgärdas|stärkas) (?:med|genom))\b/iu;
/** A sentence that starts like this continues the one before it. */
const CONTINUES = /^(–\s)?(om|men|och|det|detta|dessa|dessutom|också|även|jag kan också|man kan också|hon|han|de|där|då|samtidigt|vidare)\b/i;
/** A sentence saying what holds otherwise ("Om det inte är möjligt …", "Annars …"). */
const OTHERWISE = /^(–\s)?(om (det|detta|så) inte|om inte|annars|i annat fall)\b/i;
/** A sentence that starts like this needs the one before it to be understood (what holds otherwise needs the case it is the other of). */
const LEANS_BACK = new RegExp(`^(–\\s)?(det|detta|dessa|de|hon|han|där|därför|då|så)\\b|${OTHERWISE.source}`, 'i');
/** A noun phrase that points back to the sentence before ("denna grupp", "dessa förslag", "detta arbete"). */
const ANAPHORA = /\b(?:denna|detta|dessa|den här|det här|de här|sådana|samma)\s+\p{L}+/iu;

const TITLE_MIN_COVERAGE = 0.6;
/** A question asking for someone's view ("Vad tycker Vision …", "Vad anser socionomerna …"). */
const OPINION_QUESTION = /\b(?:tycker|tyckte|anser|ansåg|menar|enligt|think|thinks|believe|believes|according to)\b/i;
const OPINION_BONUS = 0.35;
/** What a concept found only through a weak form (a compound's modifier) adds to a sentence's score, relative to the word itself. */
const WEAK_MATCH_SHARE = 0.5;
/** Nouns for organisations: "Vilket förbund/företag/försäkringsbolag …?" asks for one by name. */
const ORGANISATION_NOUNS = /(?:förbund|företag|företaget|bolag|bolaget|organisation|organisationer|organisationen|myndighet|myndigheten|parti|partiet|leverantör|leverantören|leverantörer|leverantörerna)$/u;
/** The question asks which one ("Vilket förbund …?", "… och från vilket förbund?", "Vad heter leverantören …?"), not "oavsett vilken kommun". */
const ASKS_WHICH = /^\s*(?:och\s+)?(?:vilket|vilken|vilka|vad\s+heter)\b|\b(?:från|för|i) (?:vilket|vilken|vilka)\b\s*\S+\s*\??\s*$/iu;
/** Questions for what someone said, wanted or proposed ("Vad ville …", "Vad föreslog …", "Vad sa …"). */
const SAID_QUESTION = /\b(?:vad|vilka|vilket|vilken|hur|what|how)\b.*\b(?:ville|vill|föreslog|föreslår|sa|sade|säger|tyckte|tycker|menade|menar|anser|ansåg|want|wanted|propose|proposed|suggest|suggested|said|say|says)\b/i;
/** What quoting the person asked about adds to a sentence: a nudge between close sentences (0.35, as for a view, cost other questions their facts). */
const QUOTED_SPEAKER_BONUS = 0.1;
/** Verbs that introduce a person quoted ("…, säger Titti Fränkel"). */
const SPEECH_VERBS = 'säger|sa|sade|menar|berättar|konstaterar';
/** A person quoted by name ("säger Annica Blomsten", "enligt Marie Lundqvist"). */
const QUOTED_PERSON = new RegExp(`(?<![\\p{L}])(?:${SPEECH_VERBS}|enligt)\\s+\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Lu}[\\p{Ll}-]+)+`, 'gu');
/** A person named with a role ("Heike Erkers, förbundsordförande …"). */
const PERSON_WITH_ROLE = /\p{Lu}[\p{Ll}-]+(?:\s+\p{Lu}[\p{Ll}-]+)+(?=,\s*\p{Ll})/gu;

/** The sentence before and after each sentence in the same passage. */
interface Neighbours {
  before: (u: Unit) => Unit | undefined;
  after: (u: Unit) => Unit | undefined;
}

function neighbours(units: Unit[]): Neighbours {
  const byPosition = new Map(units.map((u) => [`${u.passageIndex}:${u.position}`, u]));
  return {
    before: (u) => byPosition.get(`${u.passageIndex}:${u.position - 1}`),
    after: (u) => byPosition.get(`${u.passageIndex}:${u.position + 1}`),
  };
}

/** A question about what happens when something is not the case ("om det inte går …", "if I can't …"). */
const NEGATED_CONDITION = /\b(om|ifall)\b[^?]*\b(inte|ej|ingen|inget|inga)\b|\bif\b[^?]*\b(not|can't|cannot|don't|doesn't|isn't)\b/i;
const OTHERWISE_BONUS = 0.3;

/**
 * The concept a "Hur många X …?" question counts (X), when X is a noun (a word the dictionary lets
 * end a compound: "månader", not "söker") and one of the question's concepts.
 */
function countedConcept(question: string, concepts: AnswerInput['retrieval']['concepts']): number | undefined {
  const noun = /\bhur (?:många|manga)\s+(\p{L}+)/iu.exec(question)?.[1]?.toLocaleLowerCase('sv-SE');
  if (!noun) return undefined;
  // Typed without Swedish letters ("hur manga manader"), the concept is the word as restored ("månader").
  const index = concepts.findIndex((c) => !c.fromHistory && (foldDiacritics(c.concept) === foldDiacritics(noun) || c.forms.some((f) => f.word === noun && f.weight >= 1)));
  if (index === -1 || swedishDictionary().rolesOf(concepts[index]!.concept).end === undefined) return undefined;
  return index;
}

/** The stem of a plural noun after "några", "vilka" or "vilken typ av" ("försäkringar" → "försäkring"). */
function kindsAskedFor(question: string): string | undefined {
  const noun = /\b(?:några|nagra|vilka|vilken typ av|vilka typer av|vad för)\s+(\p{L}{5,}(?:ar|er|or))\b/iu.exec(question)?.[1]?.toLocaleLowerCase('sv-SE');
  return noun ? swedishStem(noun) : undefined;
}

/** Words of the text that name a kind of the thing (their stem ends in its stem: "personförsäkringar", not "försäkringsbolaget"). */
function kindsNamed(text: string, stem: string): string[] {
  return (text.toLocaleLowerCase('sv-SE').match(/\p{L}+/gu) ?? []).map((w) => swedishStem(w)).filter((s) => s.endsWith(stem));
}

function isHeadingLine(line: string): boolean {
  return !isListItem(line) && !/[.!?:…"”]$/.test(line.trim()) && wordCount(line) <= 12;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A sentence left open before a list in the next paragraph ("… visar en utveckling mot", a blank
 * line, then "- ökad kunskap och kompetens" …) is the list's lead-in: the two are one block, so
 * the sentence is never quoted without what it introduces.
 */
export function joinListLeadIns(blocks: string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (previous !== undefined && isListItem(block) && !hasListItem(previous) && /[\p{L}\p{N}:,]\s*$/u.test(previous)) {
      out[out.length - 1] = `${previous}\n${block}`;
    } else {
      out.push(block);
    }
  }
  return out;
}

/** Is the text's last line (after a line break) a list item? */
function endsWithListItem(text: string): boolean {
  const lastBreak = text.lastIndexOf('\n');
  return lastBreak !== -1 && isListItem(text.slice(lastBreak + 1));
}
