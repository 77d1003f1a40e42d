import { questionType, satisfiesType } from '../src/knowledge/answer/question-type.js';
import { splitSentences } from '../src/knowledge/ingest/chunk.js';
const t = '- Jag och mina kollegor på Stadsmissionen ser betydelsen av det förebyggande arbetet varje dag. Vi ser det inte lika mycket där det lyckats som där det brustit och människor som söker hjälp hos oss ser många gånger oss som den sista utvägen, säger Niklas Borg, ungdomskurator på Göteborgs Stadsmission och ledamot i Visions förbundsstyrelse.';
console.log(questionType('Vem sa det?'), splitSentences(t).map(s => [s.slice(0,40), satisfiesType('person', s)]));
