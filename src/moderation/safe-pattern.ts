/**
 * Moderation patterns run on every inbound item, so a pattern that can backtrack exponentially
 * ("(a+)+", "(a|aa)*") would stall ingestion. There is no timeout for a JavaScript RegExp, so such
 * patterns are refused when saved: a length cap, no back-references, and no repeated group that
 * itself repeats or alternates (star height one). Conservative on purpose.
 */
export const MAX_PATTERN_LENGTH = 200;

/** Why the pattern cannot be used, or null when it is fine. */
export function patternProblem(pattern: string, flags: string): string | null {
  if (pattern.length > MAX_PATTERN_LENGTH) return `The pattern is longer than ${MAX_PATTERN_LENGTH} characters.`;
  try {
    new RegExp(pattern, flags);
  } catch (error) {
    return `The pattern is not a valid regular expression: ${(error as Error).message}`;
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'Back-references (\\1, \\k<name>) are not allowed in moderation patterns.';
  return nestedRepetition(pattern)
    ? 'The pattern repeats a group that itself repeats or has alternatives (like (a+)+ or (a|b)*); ' +
        'that can take forever on some texts. Write it without the outer repetition.'
    : null;
}

interface Group {
  repeats: boolean;
  alternates: boolean;
}

function nestedRepetition(pattern: string): boolean {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  const isQuantifier = (i: number) => pattern[i] === '*' || pattern[i] === '+' || pattern[i] === '{';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    const top = stack[stack.length - 1]!;
    if (ch === '\\') {
      i++;
    } else if (ch === '[') {
      // A character class: skip to its closing bracket.
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (ch === '(') {
      stack.push({ repeats: false, alternates: false });
    } else if (ch === ')') {
      const group = stack.pop()!;
      const quantified = isQuantifier(i + 1);
      if (quantified && (group.repeats || group.alternates)) return true;
      const parent = stack[stack.length - 1] ?? top;
      parent.repeats ||= group.repeats || quantified;
    } else if (ch === '|') {
      top.alternates = true;
    } else if (isQuantifier(i)) {
      top.repeats = true;
    }
  }
  return false;
}
