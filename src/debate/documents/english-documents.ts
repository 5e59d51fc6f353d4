// The documents' words in English, from the English catalogue, for Node code that builds a document
// outside a page (tests, scripts). The game never imports it: a view passes the catalogue's
// `documents` of the page's language, so a Persian page does not download the English words.
import type { DocumentWords } from './document-words.ts';
import { en } from '../../i18n/all.ts';

export const ENGLISH_DOCUMENTS: DocumentWords = en.documents;
