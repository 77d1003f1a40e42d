/**
 * Words that frame a question rather than name its topic ("Vad *tycker* socionomerna om …",
 * "*Skiljer* sig stödet …", "Vad *handlar* rapporten om"), and verb particles standing alone
 * ("få *ner* arbetsbördan", "ta *fram* en plan"). They are rare in the documents, so
 * their inverse document frequency is high, and left at full weight they would pull in any
 * passage that happens to use them. They still count, at a lower weight.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  `tycker tyckte tycka anser ansåg anse menar mente mena tänka tänker tänkte säga säger sa sade
   skiljer skilja handlar handla innebär innebära betyder betyda behöver behövs behövde görs göra gjort
   ge gav ger få fått fick finns fanns bli blir blev kunna kunnat vet veta visste tror trodde
   vill ville känner känna verkar verka brukar bruka enligt enl viktigaste viktigast bra dåligt stor stora bakom
   ta tar tog tagit tas gå går gick gått fel nämns nämner nämnde nämnt nämna exempel
   lång långa länge hög höga ofta gammal gamla ser se såg sett
   hamnade hamnar hamna plats platsen placering
   ner fram upp ut bort iväg
   think thinks say says said mean means differ need needs does do get gets give gave know believe`.split(/\s+/).filter(Boolean),
);

export const FRAME_WORD_WEIGHT = 0.4;
