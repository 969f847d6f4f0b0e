import { describe, expect, it } from 'vitest';
import { pickText } from './pick-text';

describe('pickText', () => {
  it('takes the wanted language, then English, then any non-empty text', () => {
    expect(pickText({ sv: 'Hot', en: 'Threats' }, 'sv')).toBe('Hot');
    expect(pickText({ sv: ' ', en: 'Threats' }, 'sv')).toBe('Threats');
    expect(pickText({ nl: 'Bedreiging' }, 'sv')).toBe('Bedreiging');
    expect(pickText(null, 'en')).toBe('');
  });
});
