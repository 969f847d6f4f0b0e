import { AppError, conflict } from '../http/errors.js';
import { isUniqueViolation } from '../users/unique-violation.js';

const LANGUAGE_NAMES: Record<string, string> = { sv: 'Swedish', nl: 'Dutch', en: 'English' };

/** Turn the database's "duplicate slug" into a 409 a person understands; anything else passes through. */
export function slugConflict(error: unknown, slug: string, language: string): unknown {
  if (error instanceof AppError || !isUniqueViolation(error)) return error;
  return conflict(
    `There is already a ${LANGUAGE_NAMES[language] ?? language} article with the slug "${slug}". Choose another slug.`,
  );
}
