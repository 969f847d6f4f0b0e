/** Rule bodies for the guidelines tests: complete in all three languages unless a test takes one away. */
import { DEFAULT_GUIDELINE_RULES } from './default-guideline-rules.js';

export const text = (sv: string, nl: string, en: string) => ({ sv, nl, en });

export function ruleBody(key: string, title = text(`Regel ${key}`, `Regel ${key} (nl)`, `Rule ${key}`)) {
  return {
    key,
    title,
    explanation: text(`Förklaring ${key}.`, `Uitleg ${key}.`, `Explanation ${key}.`),
    defaultAction: 'hide' as const,
  };
}

/** The template as a PUT body (numbers are assigned by order anyway). */
export const templateRules = () => DEFAULT_GUIDELINE_RULES.map(({ number: _number, ...rule }) => rule);
