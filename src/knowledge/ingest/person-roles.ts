import { escapeRegExp } from '../../core/regexp.js';
import { isStopWord } from '../text/stop-words.js';

/**
 * People an article introduces with their role ("säger Marie Lundqvist, socialchef i Botkyrka
 * kommun"), and the roles to index with its later passages that name them only
 * ("De främsta utmaningarna är, enligt Marie Lundqvist, …"). A member asks about "socialchefen i
 * Botkyrka" or "psykiatrikern från SKL", not by name; the passage with her words must be found
 * by her role too. The roles are index words only, never shown.
 */
export interface PersonRole {
  name: string;
  /** The name as later passages use it: the last part ("Lundqvist"). */
  surname: string;
  role: string;
}

/** A name of two or three capitalised words, a comma, and what the person is, up to the next comma, full stop or dash. */
const INTRODUCTION = /(\p{Lu}[\p{Ll}-]+(?:[ -]\p{Lu}[\p{Ll}-]+){1,2}), (\p{Ll}[^.,;–\n]{3,120})/gu;

/** The roles an article gives its people, the first one given per name. */
export function personRoles(body: string): PersonRole[] {
  const roles = new Map<string, PersonRole>();
  for (const match of body.matchAll(INTRODUCTION)) {
    const name = match[1]!;
    const role = match[2]!.trim();
    // "Marie Lundqvist, de höga kraven …" is a quote's attribution, not a role: a role starts with what she is.
    const first = role.split(/\s+/)[0]!.toLocaleLowerCase('sv-SE');
    if (isStopWord(first) || first.length < 4) continue;
    const surname = name.split(/[ -]/).pop()!;
    if (!roles.has(surname)) roles.set(surname, { name, surname, role });
  }
  return [...roles.values()];
}

/** The roles of the people a passage names without saying what they are (for its index text). */
export function rolesToIndex(passage: string, roles: readonly PersonRole[]): string[] {
  return roles.filter((r) => new RegExp(`(?<![\\p{L}])${escapeRegExp(r.surname)}(?![\\p{L}])`, 'u').test(passage) && !passage.includes(r.role)).map((r) => r.role);
}
