/** Checks every reply text passes before it is stored: not empty, within the channel's length. */
import { badRequest } from '../http/errors.js';

export const graphemes = (text: string) => [...new Intl.Segmenter().segment(text)].length;

export function checkReplyText(raw: string, maxLength: number): string {
  const text = raw.trim();
  if (!text) throw badRequest('Write the reply before sending it.');
  const length = graphemes(text);
  if (length > maxLength) {
    throw badRequest(`The reply is ${length} characters; this channel allows at most ${maxLength}.`, {
      length,
      maxLength,
    });
  }
  return text;
}
