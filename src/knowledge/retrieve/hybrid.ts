import type { ChunkRow, KnowledgeRepository, QueryForm } from '../../store/repositories/knowledge.js';
import { analyzeQuery, expandForIndex, foldDiacritics, FORM_WEIGHTS, glossaryIndex, isKnownSwedishWord, isSwedishStopWord, cachedStems, stems, tokenize, Vocabulary, type QueryConcept } from '../text/index.js';
import type { Queryable } from '../../store/db.js';
import { escapeRegExp } from '../../core/regexp.js';
import { DenseIndex, reciprocalRankFusion, type Embedder } from './dense.js';
import { LexicalIndex } from './lexical-index.js';
import { PassageEvidence, searchTermWeight, type PassageMatch } from './passage-evidence.js';
import { isElliptical, isFollowUp } from './follow-up.js';
import { passageSentences } from '../ingest/chunk.js';
import { FRAME_WORDS, FRAME_WORD_WEIGHT } from './frame-words.js';
import { hasListItem, identitySubject, questionType, satisfiesType, saysWhoIs, type QuestionType } from '../answer/question-type.js';
import type { ConceptInfo, Passage, RetrievalQuery, RetrievalResult, Retriever } from './types.js';

export interface HybridRetrieverOptions {
  repository: KnowledgeRepository;
  /** The database, for document-level evidence; without it passages are ranked on their own. */
  db?: Queryable;
  /** Optional dense retrieval; without it retrieval is lexical only. */
  embedder?: Embedder;
  /** How many lexical candidates to consider before re-ranking. */
  candidates?: number;
  /** Called when a dense lookup fails; retrieval then continues lexically. */
  onDenseError?: (error: unknown) => void;
}

/** "hon", "han" … standing for a person in a follow-up question. */
const PERSON_PRONOUN = /(?<![\p{L}])(?:hon|han|hen|henne|honom|she|he|her|him)(?![\p{L}])/iu;
/** A person's name: two or more capitalised words ("Pia Tham", "Linn Moser Hällen"). */
const PERSON_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+(?![\p{L}])/u;
/** A name as a text introduces or quotes a person: followed by a comma (a role) or a verb of saying. */
const INTRODUCED_PERSON = /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+)(?=,|\s+(?:säger|sa|sade|föreslår|föreslog|menar|anser|tycker|berättar|konstaterar|betonar|medger|är|var|har)\b)/u;

/** Every person a text introduces or quotes, and every name of two words ({@link INTRODUCED_PERSON}, {@link PERSON_NAME}). */
const INTRODUCED_PEOPLE = new RegExp(INTRODUCED_PERSON.source, 'gu');
const PERSON_NAMES = new RegExp(PERSON_NAME.source, 'gu');
/** "han", "honom", "he", "him": a man is meant. */
const MALE_PRONOUN = /(?<![\p{L}])(?:han|honom|he|him)(?![\p{L}])/iu;
/** "hon", "henne", "she", "her": a woman is meant. */
const FEMALE_PRONOUN = /(?<![\p{L}])(?:hon|henne|she|her)(?![\p{L}])/iu;
/**
 * A first name that is almost always a woman's in Swedish: ending in -a ("Helena", "Pia",
 * "Eveliina", "Veronica"). Only used to pass over such a name when the member writes "han".
 */
const WOMANS_FIRST_NAME = /^\p{Lu}\p{Ll}*a$/u;

/**
 * The person a text names: one it introduces or quotes, or else (in a member's message) any name
 * of two words; for "han", not one whose first name is a woman's.
 */
function personNamedIn(text: string, pronoun?: string): string | undefined {
  // "Vad blev han intresserad av …?" after a passage that quotes Helena Jörgensen before John Tallvid: "han" is John Tallvid.
  const fits = (name: string) => !(pronoun && MALE_PRONOUN.test(pronoun) && WOMANS_FIRST_NAME.test(name.split(/[ -]/)[0]!));
  const introduced = Array.from(text.matchAll(INTRODUCED_PEOPLE), (m) => m[1]!).find(fits);
  let name = introduced ?? Array.from(text.replace(/^\s*\p{Lu}/u, (c) => c.toLowerCase()).matchAll(PERSON_NAMES), (m) => m[0]).find(fits);
  // "Enligt Pia Tham …": a capitalised word that starts the sentence is no part of the name.
  const [first, ...rest] = name?.split(' ') ?? [];
  if (first && rest.length >= 2 && (isSwedishStopWord(first.toLowerCase()) || FRAME_WORDS.has(first.toLowerCase()))) name = rest.join(' ');
  // "Pia Thams forskning": a genitive, where the text also names "Pia Tham".
  if (name?.endsWith('s') && new RegExp(`(?<![\\p{L}])${escapeRegExp(name.slice(0, -1))}(?![\\p{L}])`, 'u').test(text)) return name.slice(0, -1);
  return name;
}

/** The sentence of a passage that shares most content words (longer than three letters) with a question, if any. */
function sentenceAnswering(passage: string, question: string): string | undefined {
  const asked = new Set([...stems(question)].filter((stem) => stem.length > 3 && !isSwedishStopWord(stem)));
  let best: { sentence?: string; shared: number } = { shared: 0 };
  for (const sentence of passageSentences(passage)) {
    const shared = [...stems(sentence)].filter((stem) => asked.has(stem)).length;
    if (shared > best.shared) best = { sentence, shared };
  }
  return best.sentence;
}

/** The text with each word (letters and hyphens) that `replacement` gives another for replaced by it. */
function replaceWords(text: string, replacement: (word: string) => string | undefined): string {
  return text.replace(/\p{L}[\p{L}-]*/gu, (word) => replacement(word) ?? word);
}

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1);
}

/** An English word of an English question that no glossary or dictionary knows: the Swedish documents cannot contain it, so it says little either way (see QueryConcept.untranslated). */
const UNTRANSLATED_WEIGHT = 0.2;
/** Weight of concepts taken from the member's previous message when reading a follow-up question. */
const HISTORY_WEIGHT = 0.6;
const OLDER_HISTORY_WEIGHT = 0.35;
/** An elliptical follow-up asks the last question again: its concepts count in full. */
const ELLIPSIS_HISTORY_WEIGHT = 1;
/** Weight of the dense ranking in the fusion, relative to the lexical one. */
const DENSE_WEIGHT = 0.7;
/** Weight of the article's score (relative to the best article) added to each of its passages. */
const DOCUMENT_WEIGHT = 0.3;
/** Share of an article's score that depends on how much of the question it covers (the rest is its BM25). */
const DOCUMENT_COVERAGE_SHARE = 0.5;
/** Share of a passage's coverage measured on its own text rather than with its article's title and organisation. */
const OWN_TEXT_SHARE = 0.5;
/** Weight of a compound's parts when the documents use the compound itself as asked. */
const PRESENT_COMPOUND_PART_SCALE = 0.5;
/** Weight of a name of the question in ranking the passages (see rankScale in retrieve). */
const NAME_PASSAGE_WEIGHT = 0.6;
/** Questions about the named person themselves ("Vem är Pia Tham?"). */
const NAME_IS_FOCUS: ReadonlySet<QuestionType> = new Set(['identity']);
/**
 * A frame word as asked, or typed without its Swedish letters ("behovs" for "behövs": the word
 * with them is a frame word, whatever "behovs" may mean on its own).
 */
function framesQuestion(concept: QueryConcept): boolean {
  return FRAME_WORDS.has(concept.concept) || concept.forms.some((f) => f.via === 'spelling' && f.weight >= FORM_WEIGHTS.spelling && FRAME_WORDS.has(f.word) && foldDiacritics(f.word) === concept.concept);
}

/** Lexical candidates re-ranked: all matching passages of a small corpus. */
const DEFAULT_CANDIDATES = 100;
/** Query analyses kept (per vocabulary). */
const ANALYSIS_CACHE_LIMIT = 5_000;

/** Bonus for a passage that states the kind of fact the question asks for (a number, a quoted person, a date, a list). */
const TYPE_BONUS: Record<QuestionType, number> = { title: 0.3, phone: 0.3, hours: 0.3, money: 0.3, share: 0.3, count: 0.3, duration: 0.3, age: 0.3, quantity: 0.3, date: 0.3, appointee: 0.3, identity: 0.3, person: 0.3, time: 0.3, list: 0.15, agent: 0, reason: 0, open: 0 };

interface WeightedConcept {
  concept: QueryConcept;
  weight: number;
}

/**
 * Swedish-aware hybrid retrieval: BM25 over PostgreSQL Swedish lexemes of the question's
 * concepts (with compound parts, glossary synonyms, English mappings and spelling corrections
 * as alternative forms), fused by rank with dense vectors when embeddings are configured, and
 * re-ranked by how many of the question's concepts a passage covers.
 */
export class HybridRetriever implements Retriever {
  private vocabulary?: Vocabulary;
  private vocabularyVersion = -1;
  private statsCheckedAt = 0;
  private version = 0;
  private readonly dense?: DenseIndex;
  /** Document-level evidence is on when the retriever has the database (as before the in-memory index). */
  private readonly documents: boolean;
  private readonly index: LexicalIndex;
  private readonly passageEvidence = new PassageEvidence();
  /** Query analysis per text, for the current vocabulary (analysis is pure given the vocabulary). */
  private analyses = new Map<string, QueryConcept[]>();

  constructor(private readonly options: HybridRetrieverOptions) {
    if (options.embedder) this.dense = new DenseIndex(options.repository, options.embedder.model);
    this.documents = Boolean(options.db);
    this.index = new LexicalIndex(options.repository);
  }

  /** Forgets what was read from the index, so the next query sees a change made in this process at once. */
  invalidate(): void {
    this.statsCheckedAt = 0;
    this.index.invalidate();
  }

  private analyze(text: string): QueryConcept[] {
    let concepts = this.analyses.get(text);
    if (!concepts) {
      concepts = analyzeQuery(text, { vocabulary: this.vocabulary });
      if (this.analyses.size >= ANALYSIS_CACHE_LIMIT) this.analyses.clear();
      this.analyses.set(text, concepts);
    }
    return concepts;
  }

  /**
   * The question with the names the documents write capitalised capitalised as they do ("var
   * arbetar azam qarai?" → "var arbetar Azam Qarai?"), so that what reads a name by its capital
   * (the question types, the person a question asks about) reads it in a question typed in lower
   * case; other words stay as typed.
   */
  async withNameCapitals(text: string): Promise<string> {
    await this.refreshVocabulary();
    const vocabulary = this.vocabulary;
    if (!vocabulary) return text;
    return replaceWords(text, (word) => (word.length >= 2 && word === word.toLowerCase() && vocabulary.isName(word) ? capitalised(word) : undefined));
  }

  /**
   * The person a follow-up asks about with "hon" or "han" ("Var jobbar hon som föreslog det?"):
   * the one the member's last message names ("Vad anser Heike Erkers …"), or else the person
   * quoted or introduced in the passage the follow-up finds ("Pia Tham föreslår …"). None for
   * other questions. Give it the question and history with personal data left out: it may retrieve.
   */
  async personFor(text: string, history: string[]): Promise<string | undefined> {
    const last = history.at(-1);
    if (!last || !PERSON_PRONOUN.test(text) || PERSON_NAME.test(text)) return undefined;
    const pronoun = PERSON_PRONOUN.exec(text)?.[0];
    const named = personNamedIn(last, pronoun);
    if (named) return named;
    // The follow-up read with the conversation finds the passage the member was answered from,
    // and the sentence of it that answered (a passage may quote several people).
    const { passages } = await this.retrieve({ text, history, limit: 1 });
    if (!passages[0]) return undefined;
    const answering = sentenceAnswering(passages[0].text, last);
    const inSentence = answering && personNamedIn(answering, pronoun);
    const inPassage = personNamedIn(passages[0].text, pronoun);
    // "hon" is the passage's woman ("Helena …") rather than a man the answering sentence names ("John …").
    const womans = (name: string | undefined) => Boolean(name && WOMANS_FIRST_NAME.test(name.split(/[ -]/)[0]!));
    if (pronoun && FEMALE_PRONOUN.test(pronoun) && !womans(inSentence) && womans(inPassage)) return inPassage;
    return inSentence || inPassage;
  }

  /** The question with its "hon" or "han" replaced by the person ({@link personFor}). */
  withPerson(text: string, person: string): string {
    return text.replace(PERSON_PRONOUN, person);
  }

  /**
   * The question with each misspelt word replaced by the word it was read as ("Vilken ingånslön"
   * → "Vilken ingångslön"), for what reads the question's form rather than searches its words.
   */
  async withSpellingCorrected(text: string): Promise<string> {
    await this.refreshVocabulary();
    const corrected = new Map<string, string>();
    for (const concept of this.analyze(text)) {
      if (concept.concept.includes(' ') || !concept.forms.some((f) => f.via === 'spelling')) continue;
      const typed = concept.forms.find((f) => f.via === 'original' && f.weight === FORM_WEIGHTS.original)?.word;
      // A word typed without its Swedish letters stays so: the question is then read leniently as a whole.
      if (typed && typed !== concept.concept && foldDiacritics(concept.concept) !== typed) corrected.set(typed, concept.concept);
    }
    if (corrected.size === 0) return text;
    return replaceWords(text, (word) => {
      const correction = corrected.get(word.toLowerCase());
      return correction && word[0] === word[0]!.toUpperCase() ? capitalised(correction) : correction;
    });
  }

  async retrieve({ text, history = [], limit = 8, readAs, followUp }: RetrievalQuery): Promise<RetrievalResult> {
    await this.refreshVocabulary();
    await this.index.ensure(this.version);
    const own = this.analyze(text);
    let concepts: WeightedConcept[] = own.map((concept) => ({ concept, weight: concept.untranslated ? UNTRANSLATED_WEIGHT : framesQuestion(concept) ? FRAME_WORD_WEIGHT : 1 }));
    let usedHistory = false;
    if (history.length > 0 && (followUp || isFollowUp(text, own.length))) {
      usedHistory = true;
      const seen = new Set(own.map((c) => c.concept));
      // "Och bland dom som jobbar inom socialtjänsten?": no question of its own, the last one asked again of other people.
      const elliptical = isElliptical(text);
      const recent = [...history].reverse().slice(0, 2);
      recent.forEach((earlier, index) => {
        for (const concept of this.analyze(earlier)) {
          if (seen.has(concept.concept)) continue;
          seen.add(concept.concept);
          const base = index === 0 ? (elliptical ? ELLIPSIS_HISTORY_WEIGHT : HISTORY_WEIGHT) : OLDER_HISTORY_WEIGHT;
          concepts.push({ concept, weight: framesQuestion(concept) ? base * FRAME_WORD_WEIGHT : base });
        }
      });
    }
    concepts = concepts.slice(0, 24);
    if (concepts.length === 0) return { passages: [], concepts: [], usedHistory };

    const formsOf = (partScale: (index: number) => number): QueryForm[] =>
      concepts.flatMap(({ concept, weight }, index) =>
        concept.forms.map((form) => ({ word: form.word, concept: index, weight: form.weight * weight * (form.via === 'compound' ? partScale(index) : 1) })),
      );
    const candidateCount = this.options.candidates ?? DEFAULT_CANDIDATES;
    const type = questionType(readAs ?? text);
    const subject = identitySubject(readAs ?? text);
    let query = await this.index.prepare(formsOf(() => 1));
    // A concept's own words are its strongest forms: the word as asked and its base form, for a
    // colloquial phrase ("vem leder") its glossary group's words ("ordförande"), and for a
    // misspelt word ("medlmmar") the word it was corrected to ("medlemmar").
    const strongFloor = concepts.map(({ concept: { forms } }) => {
      const misspelt = forms.some((f) => f.via === 'spelling' && f.weight >= FORM_WEIGHTS.spelling);
      return Math.min(FORM_WEIGHTS.baseForm, Math.max(...forms.map((f) => f.weight)), misspelt ? FORM_WEIGHTS.spelling : Infinity);
    });
    const withoutOwnWord = this.index.conceptsWithoutStrongForm(query, strongFloor);
    // A glossary phrase ("säger jag upp mitt medlemskap") is only in the documents where one of
    // its strong forms is, all words together.
    const phrases = concepts.flatMap(({ concept }, i) => (!withoutOwnWord.has(i) && concept.concept.includes(' ') ? [i] : []));
    if (phrases.length > 0) {
      const strong = (i: number) => concepts[i]!.concept.forms.filter((f) => f.weight >= strongFloor[i]!).map((f) => f.word);
      const found = await this.index.formsFound([...new Set(phrases.flatMap(strong))]);
      for (const i of phrases) if (!strong(i).some((w) => found.has(w))) withoutOwnWord.add(i);
    }
    // A glossary phrase the documents say in one word of its group ("lönar sig" where they say
    // "lönsamt") is in them all the same: the group's words mean the same thing. (Another phrase
    // of the group is no evidence: its words may each be somewhere in a passage, not together.)
    const groupWords = (i: number) => concepts[i]!.concept.forms.filter((f) => f.via === 'glossary' && !f.word.includes(' ')).map((f) => f.word);
    // So is a word of a group typed as the documents never write it ("nyutexade" where they write "nyutexaminerade").
    const ofGroup = (word: string) => word.includes(' ') || glossaryIndex().groupsOfWord(word, false).length > 0;
    const saidOtherwise = concepts.flatMap(({ concept }, i) => (withoutOwnWord.has(i) && ofGroup(concept.concept) && groupWords(i).length > 0 ? [i] : []));
    if (saidOtherwise.length > 0) {
      const found = await this.index.formsFound([...new Set(saidOtherwise.flatMap(groupWords))]);
      for (const i of saidOtherwise) if (groupWords(i).some((w) => found.has(w))) withoutOwnWord.delete(i);
    }
    // A compound the documents use as asked ("spelbolagen") is about that thing: its parts alone
    // ("bolag" in "försäkringsbolagen") are weaker evidence than when the word itself is absent.
    if (concepts.some((_, i) => !withoutOwnWord.has(i))) query = await this.index.prepare(formsOf((i) => (withoutOwnWord.has(i) ? 1 : PRESENT_COMPOUND_PART_SCALE)));
    const idf = this.index.conceptIdf(query);
    // Curated search terms find a paragraph by words its text does not use; where the documents'
    // own text has the question's word, their text leads and a term adds little. A term word no
    // text uses ("partipolitiskt", where the text misspells it) is the only way to its paragraph.
    const searched = await this.index.withSearchTerms(query, (i, absent) => searchTermWeight(withoutOwnWord.has(i) || absent));
    const lexical = this.index.searchLexical(searched, candidateCount);
    const documentScores = this.documents ? this.index.documentScores(searched) : [];
    // A common Swedish word the corpus never uses ("agera") counts as much as the rarest word
    // it does use, so one odd verb does not sink a question. A name the corpus never mentions
    // ("Almega", "Thailand"), or a word no dictionary knows, keeps its full weight: the
    // documents cannot be about it.
    const rarestPresent = Math.max(0, ...[...idf.values()].filter((v) => v.df > 0).map((v) => v.idf));
    // A name typed in lower case ("vad sa pia tham") is a name of the documents all the same.
    const names = new Set(tokenize(text).filter((t) => t.midSentenceCapital || this.vocabulary?.isName(t.word)).map((t) => t.word));
    const conceptIdf = (index: number) => {
      const entry = idf.get(index);
      if (!entry) return 0;
      const word = concepts[index]!.concept.concept;
      const entity = names.has(word) || (!word.includes(' ') && !isKnownSwedishWord(word));
      return entry.df === 0 && rarestPresent > 0 && !entity ? rarestPresent : entry.idf;
    };
    const conceptInfo: ConceptInfo[] = concepts.map(({ concept, weight }, index) => ({
      concept: concept.concept,
      weight,
      idf: conceptIdf(index),
      // A compound's head ("försäkring" of "inkomstförsäkring") is marked: in a sentence it is the
      // thing asked for as a word of its own, not as the head of another compound ("hemförsäkring").
      forms: concept.forms.map((f) => ({ word: f.word, weight: f.weight, head: f.via === 'compound' && f.word.length < concept.concept.length && concept.concept.endsWith(f.word) })),
      fromHistory: index >= own.length,
      ...((idf.get(index)?.df ?? 0) === 0 ? { absent: true } : {}),
      ...(withoutOwnWord.has(index) || !idf.has(index) ? { wordAbsent: true } : {}),
      // A name of several words ("Akademikerförbundet SSR") is a name as much as one of one word.
      // … and a name asked in the genitive ("Wieselgrens råd") is the name the documents write ("Wieselgren").
      ...(names.has(concept.concept) || names.has(`${concept.concept}s`) || (concept.concept.includes(' ') && concept.concept.split(' ').every((w) => names.has(w))) ? { name: true } : {}),
    }));

    // Coverage weights each concept by how informative it is, so a rare word of the question
    // (a name, "Botkyrka", "flygbiljett") matters more than a common one ("arbete").
    // A concept matched only through a compound part or synonym counts by that form's weight,
    // and no more than that form is informative: "arbetslokalerna" found as "arbete" is not
    // found as "lokaler".
    const mass = (indexes: number[], weights?: number[], scale?: number[], formIdfs?: number[]) =>
      indexes.reduce(
        (sum, i, k) =>
          sum + (conceptInfo[i] ? (weights?.[k] ?? conceptInfo[i].weight) * (scale?.[i] ?? 1) * Math.min(conceptInfo[i].idf, formIdfs?.[k] ?? Infinity) : 0),
        0,
      );
    const totalMass = mass(conceptInfo.map((_, i) => i)) || 1;
    const coverageOf = new Map(lexical.map((hit) => [hit.chunkId, mass(hit.concepts, hit.conceptWeights, undefined, hit.conceptFormIdfs) / totalMass]));
    const conceptsOf = new Map(lexical.map((hit) => [hit.chunkId, hit.concepts.map((i) => concepts[i]!.concept.concept)]));

    // A question asking for a number, a person or a date prefers passages that state one; a
    // question asking "which …" prefers passages with a list.
    // Chunk rows read once per query: for these type checks and for the passages returned.
    const rowsById = new Map<string, ChunkRow>();
    const loadRows = async (ids: string[]) => {
      const missing = ids.filter((id) => !rowsById.has(id));
      for (const row of await this.index.chunks(missing)) rowsById.set(row.id, row);
      return ids.flatMap((id) => rowsById.get(id) ?? []);
    };
    await loadRows(lexical.map((h) => h.chunkId));
    // Within an article, a name the question uses to say whose words it asks about ("Pia Tham",
    // "Botkyrka") is in many of its passages and tells them apart poorly: it weighs less in
    // passage ranking (the article evidence and the abstention checks keep it whole).
    // Likewise a word of the best article's title ("digitaliseringen", "psykisk ohälsa") says which article, not which of its passages.
    const bestTitle = documentScores[0] ? [...rowsById.values()].find((r) => r.documentId === documentScores[0]!.documentId)?.title : undefined;
    const titleStems = bestTitle ? cachedStems(titleStemCache, bestTitle, expandForIndex) : undefined;
    const inTitle = (c: ConceptInfo) => Boolean(titleStems && c.forms.some((f) => f.weight >= FORM_WEIGHTS.baseForm && [...cachedStems(formStemCache, f.word)].some((s) => s.length > 1 && titleStems.has(s))));
    const rankScale = conceptInfo.map((c) => ((c.name || inTitle(c)) && !c.fromHistory && !NAME_IS_FOCUS.has(type) ? NAME_PASSAGE_WEIGHT : 1));
    const scaled = rankScale.some((x) => x < 1);
    const rankInfo = scaled ? conceptInfo.map((c, i) => ({ ...c, weight: c.weight * rankScale[i]! })) : conceptInfo;
    const rankTotal = mass(conceptInfo.map((_, i) => i), undefined, rankScale) || 1;
    const rankCoverage = scaled ? new Map(lexical.map((hit) => [hit.chunkId, mass(hit.concepts, hit.conceptWeights, rankScale, hit.conceptFormIdfs) / rankTotal])) : coverageOf;
    const rankScore = (hit: (typeof lexical)[number]) =>
      scaled && hit.conceptScores ? hit.conceptScores.reduce((sum, score, k) => sum + score * rankScale[hit.concepts[k]!]!, 0) : hit.score;
    const matchPassage = this.passageEvidence.matcher(rankInfo);
    // A passage's own text is matched on demand: only the passages that can still reach the top need it.
    const ownText = new Map<string, PassageMatch>();
    const ownTextOf = (id: string): PassageMatch => {
      let match = ownText.get(id);
      if (!match) {
        const row = rowsById.get(id);
        match = matchPassage(row?.text ?? '', row?.searchTerms);
        ownText.set(id, match);
      }
      return match;
    };
    // Whether a passage states a number, a date, a list ("Vilka råd …?") … depends on its text only
    // (satisfiesType remembers it per text).
    const typeFits = (id: string) => {
      const chunkText = rowsById.get(id)?.text;
      if (chunkText === undefined) return false;
      if (type === 'identity' && subject) return saysWhoIs(subject, chunkText);
      return type === 'list' ? hasListItem(chunkText) : satisfiesType(type, chunkText);
    };

    // Re-rank: BM25 scaled by concept coverage, so a passage that answers the whole question
    // beats one that repeats a single word many times.
    // Document evidence: an article that matches the question across its passages lifts each of
    // its passages, so the right article wins even when no single passage says it all.
    const topDocument = documentScores[0]?.score || 1;
    const documentCoverage = new Map(documentScores.map((d) => [d.documentId, mass(d.concepts, d.conceptWeights) / totalMass]));
    const documentConcepts = new Map(documentScores.map((d) => [d.documentId, d.concepts.map((i) => concepts[i]!.concept.concept)]));
    const documentScore = new Map(
      documentScores.map((d) => [d.documentId, (d.score / topDocument) * (1 - DOCUMENT_COVERAGE_SHARE + DOCUMENT_COVERAGE_SHARE * (mass(d.concepts, d.conceptWeights) / totalMass))]),
    );
    const topScore = Math.max(0, ...lexical.map(rankScore)) || 1;
    const scoreWith = (hit: (typeof lexical)[number], ownCoverage: number) =>
      (rankScore(hit) / topScore) * (0.35 + 0.65 * ((1 - OWN_TEXT_SHARE) * (rankCoverage.get(hit.chunkId) ?? 0) + OWN_TEXT_SHARE * ownCoverage)) +
      (typeFits(hit.chunkId) ? TYPE_BONUS[type] : 0) +
      DOCUMENT_WEIGHT * (documentScore.get(documentOf(hit.chunkId)) ?? 0);
    // Without dense retrieval only the first `limit` count: a passage that could not reach them even
    // if its own text matched the whole question is never matched sentence by sentence. (With
    // dense retrieval the whole lexical ranking is fused.)
    const dense = Boolean(this.options.embedder && this.dense);
    let ranked = dense ? lexical.map((hit) => ({ id: hit.chunkId, score: scoreWith(hit, ownTextOf(hit.chunkId).coverage) })) : this.topScored(lexical, limit, scoreWith, maxOwnCoverage(rankInfo), ownTextOf);
    ranked.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

    const denseIds = await this.denseCandidates(text, history, usedHistory, candidateCount);
    if (denseIds.length > 0) {
      // Lexical evidence leads: the Swedish-aware ranking is precise on this corpus, and the
      // dense list adds recall for paraphrases.
      const fused = reciprocalRankFusion([
        { ids: ranked.map((r) => r.id), weight: 1 },
        { ids: denseIds, weight: DENSE_WEIGHT },
      ]);
      ranked = [...fused.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    }

    const top = ranked.slice(0, limit);
    const rows = await loadRows(top.map((r) => r.id));
    const finalScore = new Map(top.map((r) => [r.id, r.score]));
    const passages: Passage[] = rows.map((row) => ({
      chunkId: row.id,
      documentId: row.documentId,
      title: row.title,
      organisation: row.organisation,
      published: row.published,
      kind: row.kind,
      url: row.url,
      heading: row.heading,
      text: row.text,
      ordinal: row.ordinal,
      score: finalScore.get(row.id) ?? 0,
      coverage: coverageOf.get(row.id) ?? 0,
      textCoverage: ownText.get(row.id)?.coverage ?? 0,
      documentCoverage: documentCoverage.get(row.documentId) ?? 0,
      ...(this.documents ? { documentConcepts: documentConcepts.get(row.documentId) ?? [] } : {}),
      matchedConcepts: conceptsOf.get(row.id) ?? [],
      ...(row.searchTerms ? { searchTerms: row.searchTerms, searchTermBlocks: row.searchTermBlocks ?? [] } : {}),
    }));
    return { passages, concepts: conceptInfo, usedHistory };
  }

  /**
   * The hits that can be among the first `limit`, scored exactly: each is scored first with the
   * most its own text could add (`maxOwn`), best first, and matched against its text only while
   * that bound can still reach the `limit`-th exact score. The same first `limit` as scoring all.
   */
  private topScored<Hit extends { chunkId: string }>(
    hits: Hit[],
    limit: number,
    scoreOf: (hit: Hit, ownCoverage: number) => number,
    maxOwn: number,
    ownTextOf: (id: string) => PassageMatch,
  ): Array<{ id: string; score: number }> {
    const bounded = hits.map((hit) => ({ hit, bound: scoreOf(hit, maxOwn) })).sort((a, b) => b.bound - a.bound);
    const scored: Array<{ id: string; score: number }> = [];
    // The best `limit` exact scores so far, ascending: the first is the one to beat.
    const best: number[] = [];
    for (const { hit, bound } of bounded) {
      if (best.length >= limit && bound < best[0]!) break;
      const score = scoreOf(hit, ownTextOf(hit.chunkId).coverage);
      scored.push({ id: hit.chunkId, score });
      let at = best.findIndex((s) => s > score);
      if (at === -1) at = best.length;
      best.splice(at, 0, score);
      if (best.length > limit) best.shift();
    }
    return scored;
  }

  private async denseCandidates(text: string, history: string[], usedHistory: boolean, limit: number): Promise<string[]> {
    const { embedder } = this.options;
    if (!embedder || !this.dense) return [];
    try {
      const queryText = usedHistory ? [...history.slice(-1), text].join('\n') : text;
      const [vector] = await embedder.embed([queryText]);
      if (!vector) return [];
      const hits = await this.dense.search(vector, limit, this.version);
      return hits.map((h) => h.chunkId);
    } catch (error) {
      this.options.onDenseError?.(error);
      return [];
    }
  }

  /** Reloads the corpus vocabulary (for typo tolerance) when the index changed; checks at most once a second. */
  private async refreshVocabulary(): Promise<void> {
    const now = Date.now();
    if (this.vocabulary && now - this.statsCheckedAt < 1_000) return;
    this.statsCheckedAt = now;
    const { version } = await this.options.repository.stats();
    this.version = version;
    if (this.vocabulary && version === this.vocabularyVersion) return;
    const [words, names] = await Promise.all([this.options.repository.vocabulary(), this.options.repository.capitalisedWords()]);
    this.vocabulary = new Vocabulary(words, { names });
    this.vocabularyVersion = version;
    this.analyses = new Map();
  }
}

/** The most a passage's own text can cover of the question (its best form's weight, at least 1). */
function maxOwnCoverage(concepts: ConceptInfo[]): number {
  let most = 1;
  for (const c of concepts) for (const f of c.forms) if (f.weight > most) most = f.weight;
  return most;
}

/** Stems of article titles (with their index forms) and of query form words: the same ones recur question after question. */
const titleStemCache = new Map<string, ReadonlySet<string>>();
const formStemCache = new Map<string, ReadonlySet<string>>();

/** Chunk ids are `<document id>#<ordinal>`. */
function documentOf(chunkId: string): string {
  const at = chunkId.lastIndexOf('#');
  return at === -1 ? chunkId : chunkId.slice(0, at);
}
