import type { Citation } from '../../core/types.js';
import type { Passage } from '../retrieve/types.js';

/** The citation numbered `n` for a retrieved passage. */
export function citationFor(passage: Passage, n: number): Citation {
  return {
    n,
    documentId: passage.documentId,
    title: passage.title,
    date: passage.published,
    url: passage.url,
    heading: passage.heading,
    text: passage.text,
  };
}
