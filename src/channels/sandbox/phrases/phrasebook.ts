/**
 * The vocabulary of the simulated network: per language and context, the posts "we" published,
 * slot values and message templates per intent. Templates use {slot} placeholders; slot values may
 * contain placeholders themselves. Built-in slots: {first} (the author's first name), {n} (a small
 * number), {ordernr} (an order number), {us} (our handle).
 */
export type TrafficLanguage = 'sv' | 'nl' | 'en';
export type TrafficContext = 'municipality' | 'company';
export type Intent =
  'question' | 'complaint' | 'praise' | 'problem' | 'misunderstanding' | 'idea' | 'job' | 'spam' | 'abuse';

export interface Phrasebook {
  language: TrafficLanguage;
  context: TrafficContext;
  /** Our own posts that people comment on, reply to and quote. */
  posts: string[];
  slots: Record<string, string[]>;
  templates: Record<Intent, string[]>;
  /** Put before a message now and then; each ends a sentence. */
  openers: string[];
  /** Put after a friendly message now and then. */
  closers: string[];
}

export interface NamePool {
  first: string[];
  last: string[];
}
