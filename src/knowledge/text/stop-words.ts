/**
 * Stop words: no query concept and no index expansion comes from these words.
 *
 * The Swedish and English lists are PostgreSQL 15's `swedish.stop` and `english.stop`
 * (from Snowball), so a word dropped here is also dropped by `to_tsvector`. The extra lists add
 * question words, modal and filler verbs and greetings that members put in questions.
 */

/** PostgreSQL's `swedish.stop`. */
export const SWEDISH_STOP_WORDS: readonly string[] = [
  'och', 'det', 'att', 'i', 'en', 'jag', 'hon', 'som', 'han', 'på', 'den', 'med', 'var', 'sig', 'för', 'så',
  'till', 'är', 'men', 'ett', 'om', 'hade', 'de', 'av', 'icke', 'mig', 'du', 'henne', 'då', 'sin', 'nu',
  'har', 'inte', 'hans', 'honom', 'skulle', 'hennes', 'där', 'min', 'man', 'ej', 'vid', 'kunde', 'något',
  'från', 'ut', 'när', 'efter', 'upp', 'vi', 'dem', 'vara', 'vad', 'över', 'än', 'dig', 'kan', 'sina', 'här',
  'ha', 'mot', 'alla', 'under', 'någon', 'eller', 'allt', 'mycket', 'sedan', 'ju', 'denna', 'själv', 'detta',
  'åt', 'utan', 'varit', 'hur', 'ingen', 'mitt', 'ni', 'bli', 'blev', 'oss', 'din', 'dessa', 'några',
  'deras', 'blir', 'mina', 'samma', 'vilken', 'er', 'sådan', 'vår', 'blivit', 'dess', 'inom', 'mellan',
  'sådant', 'varför', 'varje', 'vilka', 'ditt', 'vem', 'vilket', 'sitta', 'sådana', 'vart', 'dina', 'vars',
  'vårt', 'våra', 'ert', 'era', 'vilkas',
];

/** PostgreSQL's `english.stop`. */
export const ENGLISH_STOP_WORDS: readonly string[] = [
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom', 'this', 'that', 'these',
  'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had', 'having', 'do',
  'does', 'did', 'doing', 'a', 'an', 'the', 'and', 'but', 'if', 'or', 'because', 'as', 'until', 'while',
  'of', 'at', 'by', 'for', 'with', 'about', 'against', 'between', 'into', 'through', 'during', 'before',
  'after', 'above', 'below', 'to', 'from', 'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again',
  'further', 'then', 'once', 'here', 'there', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each',
  'few', 'more', 'most', 'other', 'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same', 'so', 'than',
  'too', 'very', 's', 't', 'can', 'will', 'just', 'don', 'should', 'now',
];

/** Question, modal and filler words of Swedish member questions that carry no topic. */
export const SWEDISH_QUESTION_WORDS: readonly string[] = [
  'vad', 'hur', 'vilka', 'vilken', 'vilket', 'varför', 'när', 'var', 'vem', 'vems', 'vart', 'varifrån',
  'kan', 'kunna', 'ska', 'skall', 'måste', 'bör', 'borde', 'får', 'få', 'fick', 'vill', 'ville', 'gör', 'göra',
  'gjorde', 'finns', 'fanns', 'är', 'hej', 'hejsan', 'hejhej', 'tjena', 'tjenare', 'hallå', 'hallåj', 'tjabba', 'morsning', 'tack', 'snälla', 'undrar', 'undra', 'också', 'även',
  'bara', 'lite', 'ganska', 'väldigt', 'typ', 'ok', 'okej', 'ja', 'nej', 'jo', 'mer', 'mest', 'många', 'menas',
  'betyder', 'sa', 'sagt', 'gäller', 'någon', 'några', 'något', 'nåt', 'nån', 'era', 'ert', 'eran', 'ens', 'dom',
  // Pronouns PostgreSQL's list leaves out ("sitt": it has "sitta"; "hen"), and spoken forms ("sej", "mej", "dej", "vårat").
  'sitt', 'sej', 'mej', 'dej', 'hen', 'hens', 'henom', 'vårat', 'erat',
  'ändå', 'precis', 'egentligen', 'liksom', 'verkligen', 'faktiskt', 'via', 'hos', 'idag', 'istället', 'innan', 'direkt', 'alldeles', 'alltför', 'otroligt', 'extremt', 'jättemycket', 'extra', 'jätte',
  // Chat shorthand: "mkt" (mycket), "ngn/ngt/ngr" (någon …), "pga", "iaf", "tex"; "o" (och), "e" (är), "va" (vad, vara).
  'mkt', 'ngn', 'ngt', 'ngr', 'ngon', 'ngot', 'nagon', 'nagot', 'nat', 'pga', 'dvs', 'osv', 'iaf', 'iom', 'tex', 'bla', 'mfl', 'o', 'e', 'va',
];

/** English question, modal and filler words. */
export const ENGLISH_QUESTION_WORDS: readonly string[] = [
  'could', 'would', 'may', 'might', 'must', 'shall', 'please', 'hello', 'hi', 'hey', 'thanks', 'thank', 'much',
  'many', 'get', 'also', 'tell', 'know', 'want', 'need', 'like', 'mean', 'means', 'anything', 'something', 'us',
  "i'm", "what's", "how's", "can't", "don't", 'im', 'whats', 'kind', 'kinds', 'sort',
];

const ALL = new Set([...SWEDISH_STOP_WORDS, ...ENGLISH_STOP_WORDS, ...SWEDISH_QUESTION_WORDS, ...ENGLISH_QUESTION_WORDS]);
const INDEX_STOP = new Set(SWEDISH_STOP_WORDS);

/** True for a Swedish or English stop word or question word (lower case). */
export function isStopWord(word: string): boolean {
  return ALL.has(word);
}

/** True for a word PostgreSQL's `swedish` configuration drops (no index expansion is useful). */
export function isSwedishStopWord(word: string): boolean {
  return INDEX_STOP.has(word);
}
