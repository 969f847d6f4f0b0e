/** The shape of one language's intent keyword list (see intent-keywords-sv/nl/en.ts). */
export type KeywordIntent =
  | 'question'
  | 'complaint'
  | 'problem_report'
  | 'misunderstanding'
  | 'idea'
  | 'praise'
  | 'job_interest'
  | 'spam'
  | 'abuse'
  | 'threat';

/**
 * Lower-case words and phrases; a trailing `*` accepts any ending. `question` lists question words,
 * which count most at the start of a sentence; the rest count anywhere.
 */
export type IntentKeywords = Record<KeywordIntent, readonly string[]>;
