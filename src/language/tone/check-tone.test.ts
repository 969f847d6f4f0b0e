import { describe, expect, it } from 'vitest';
import { checkTone, defaultToneGuide, toneGuideSchema, type ToneFinding, type ToneGuide } from './check-tone.js';
import { graphemeCount } from './measures.js';

type Language = ToneGuide['language'];

function guide(language: Language, changes: Partial<ToneGuide> = {}): ToneGuide {
  return { ...defaultToneGuide(language), ...changes };
}

function rules(findings: ToneFinding[]): string[] {
  return findings.map((f) => f.rule);
}

function marked(text: string, findings: ToneFinding[], rule: string): string[] {
  return findings.filter((f) => f.rule === rule).map((f) => text.slice(f.start, f.end));
}

describe('formality', () => {
  it.each([
    {
      language: 'sv' as const,
      text: 'Hej! Ni kan skicka ert ordernummer, tack för er fråga.\n/Erik',
      wrong: ['Ni', 'ert', 'er'],
    },
    { language: 'nl' as const, text: 'Kunt u uw bestelnummer sturen?\n/Anna', wrong: ['u', 'uw'] },
  ])('flags formal address under an informal guide with offsets ($language)', ({ language, text, wrong }) => {
    const findings = checkTone(text, guide(language, { formality: 'informal' }));
    expect(marked(text, findings, 'formality')).toEqual(wrong);
    expect(findings.every((f) => f.rule !== 'formality' || f.severity === 'warning')).toBe(true);
  });

  it.each([
    { language: 'sv' as const, text: 'Hej! Kan du skicka ditt ordernummer? Tack för din fråga.\n/Erik' },
    { language: 'nl' as const, text: 'Kun je je bestelnummer sturen?\n/Anna' },
  ])('accepts informal address under an informal guide ($language)', ({ language, text }) => {
    expect(checkTone(text, guide(language))).toEqual([]);
  });

  it('flags du-form under a formal Swedish guide and suggests the ni-form', () => {
    const text = 'Kan du skicka ordernumret?\n/Erik';
    const [finding] = checkTone(text, guide('sv', { formality: 'formal' }));
    expect(finding).toMatchObject({ rule: 'formality', suggestion: 'ni' });
    expect(text.slice(finding!.start, finding!.end)).toBe('du');
  });

  it.each([
    { language: 'sv' as const, text: 'Kan du skicka numret? Ni får svar i dag.\n/Erik', second: 'Ni' },
    { language: 'nl' as const, text: 'Kun je het nummer sturen? Dan helpen wij u.\n/Anna', second: 'u' },
  ])('flags mixing the forms even when the guide allows either ($language)', ({ language, text, second }) => {
    const findings = checkTone(text, guide(language, { formality: 'any' }));
    expect(rules(findings)).toEqual(['formality']);
    expect(findings[0]!.message.en).toMatch(/Mixes/);
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(second);
  });

  it('does not take "ni" inside words or a lower-case "er" without a preposition as address', () => {
    const text = 'Vi har ringt Nina om kartongerna. Det är lugnt.\n/Erik';
    expect(checkTone(text, guide('sv'))).toEqual([]);
  });

  it('flags stiff English phrases under an informal guide, not under "any"', () => {
    const text = 'Please be advised that we fixed it.\n/Sam';
    expect(marked(text, checkTone(text, guide('en')), 'formality')).toEqual(['Please be advised']);
    expect(checkTone(text, guide('en', { formality: 'any' }))).toEqual([]);
  });
});

describe('words', () => {
  it.each([
    {
      language: 'sv' as const,
      text: 'HANDLÄGGNINGEN tar tid.\n/Erik',
      found: 'HANDLÄGGNINGEN',
      reason: 'Myndighetsspråk',
    },
    { language: 'nl' as const, text: 'Conform de afspraak.\n/Anna', found: 'Conform', reason: 'Ambtelijk' },
    { language: 'en', text: 'We will Escalate it.\n/Sam', found: 'Escalate', reason: 'Internal jargon' },
  ] as const)(
    'finds avoid-words case-insensitively with their reason ($language)',
    ({ language, text, found, reason }) => {
      const findings = checkTone(text, guide(language));
      expect(marked(text, findings, 'avoid_word')).toEqual([found]);
      expect(findings[0]!.message.en).toContain(reason);
      expect(findings[0]!.severity).toBe('warning');
    },
  );

  it('suggests preferred words, phrases included', () => {
    const text = 'Dank u wel, we doen het per direct.\n/Anna';
    const findings = checkTone(text, guide('nl', { formality: 'any' })).filter((f) => f.rule === 'preferred_word');
    expect(findings.map((f) => [text.slice(f.start, f.end), f.suggestion])).toEqual([
      ['Dank u wel', 'bedankt'],
      ['per direct', 'meteen'],
    ]);
  });

  it('uses the workspace guide words, not only the defaults', () => {
    const custom = guide('sv', { avoidWords: [{ term: 'e-tjänst*' }], preferredWords: [] });
    const text = 'Logga in på e-tjänsten.\n/Erik';
    expect(marked(text, checkTone(text, custom), 'avoid_word')).toEqual(['e-tjänsten']);
  });
});

describe('emoji, sign-off, length, sentences, exclamations', () => {
  it.each([
    { policy: 'none' as const, text: 'Tack 🙂\n/Erik', flagged: ['🙂'] },
    { policy: 'none' as const, text: 'Tack!\n/Erik', flagged: [] },
    { policy: 'sparingly' as const, text: 'Tack 🙂\n/Erik', flagged: [] },
    { policy: 'sparingly' as const, text: 'Tack 🙂👍🏽\n/Erik', flagged: ['👍🏽'] },
    { policy: 'allowed' as const, text: 'Tack 🙂👍🏽🎉\n/Erik', flagged: [] },
  ])('emoji policy $policy on $text', ({ policy, text, flagged }) => {
    expect(marked(text, checkTone(text, guide('sv', { emoji: policy })), 'emoji')).toEqual(flagged);
  });

  it.each([
    { text: 'Tack för tipset.', signOff: { required: true }, missing: true },
    { text: 'Tack för tipset.\n/Erik', signOff: { required: true }, missing: false },
    { text: 'Tack för tipset.\n– Erik', signOff: { required: true }, missing: false },
    { text: 'Tack för tipset.', signOff: { required: false }, missing: false },
    {
      text: 'Tack.\n/Anna, Ekeby kommun',
      signOff: { required: true, pattern: '^/\\p{L}+, Ekeby kommun$' },
      missing: false,
    },
    { text: 'Tack.\n/Anna', signOff: { required: true, pattern: '^/\\p{L}+, Ekeby kommun$' }, missing: true },
  ])('sign-off in $text', ({ text, signOff, missing }) => {
    expect(rules(checkTone(text, guide('sv', { signOff }))).includes('sign_off')).toBe(missing);
  });

  it('counts length in graphemes: an emoji with a skin tone or a flag is one', () => {
    expect(graphemeCount('👍🏽🇸🇪a')).toBe(3);
    const text = 'Ok 👍🏽🇸🇪\n/E';
    const exact = graphemeCount(text);
    expect(exact).toBe(8);
    const allowed = guide('sv', { emoji: 'allowed', maxLength: exact });
    expect(checkTone(text, allowed)).toEqual([]);
    const findings = checkTone(text, { ...allowed, maxLength: exact - 1 });
    expect(rules(findings)).toEqual(['length']);
    expect(findings[0]!.message.sv).toContain('8 tecken');
  });

  it('flags a sentence over the word limit with its offsets', () => {
    const long = 'We have looked at your order and we can see that it was sent to the wrong address by mistake.';
    const text = `Thanks. ${long} We fixed it.\n/Sam`;
    const findings = checkTone(text, guide('en', { maxSentenceWords: 15 }));
    expect(marked(text, findings, 'sentence_length')).toEqual([long]);
    expect(checkTone(text, guide('en', { maxSentenceWords: 25 }))).toEqual([]);
  });

  it('flags too many exclamation marks', () => {
    const text = 'Bedankt!!! Fijn!\n/Anna';
    const findings = checkTone(text, guide('nl', { exclamationMarks: 1 }));
    expect(rules(findings)).toEqual(['exclamation']);
    expect(findings[0]!.message.nl).toContain('4 uitroeptekens');
    expect(checkTone('Bedankt!\n/Anna', guide('nl', { exclamationMarks: 1 }))).toEqual([]);
  });
});

describe('apology and greeting', () => {
  it.each([
    { language: 'sv' as const, sorry: 'Vi beklagar. Paketet är på väg.\n/Erik', plain: 'Paketet är på väg.\n/Erik' },
    {
      language: 'nl' as const,
      sorry: 'Het spijt ons. Het pakket komt eraan.\n/Anna',
      plain: 'Het pakket komt eraan.\n/Anna',
    },
    {
      language: 'en' as const,
      sorry: "We're sorry. The parcel is on its way.\n/Sam",
      plain: 'The parcel is on its way.\n/Sam',
    },
  ])('requires an apology when the context says so ($language)', ({ language, sorry, plain }) => {
    const g = guide(language);
    expect(rules(checkTone(plain, g, { shouldApologise: true }))).toEqual(['apology']);
    expect(checkTone(sorry, g, { shouldApologise: true })).toEqual([]);
    expect(checkTone(plain, g)).toEqual([]);
    expect(checkTone(plain, guide(language, { apology: false }), { shouldApologise: true })).toEqual([]);
  });

  it('suggests greeting the person by name, but not a handle', () => {
    const text = 'Tack för tipset.\n/Erik';
    const [finding] = checkTone(text, guide('sv'), { authorName: 'Anna Svensson' });
    expect(finding).toMatchObject({ rule: 'greeting_name', severity: 'info', suggestion: 'Hej Anna' });
    expect(checkTone(`Hej Anna! ${text}`, guide('sv'), { authorName: 'Anna Svensson' })).toEqual([]);
    expect(checkTone(text, guide('sv'), { authorName: '@anna_1987' })).toEqual([]);
  });
});

describe('good replies and messages', () => {
  const GOOD = {
    sv: 'Hej Anna! Tack för att du hörde av dig. Vi beklagar strulet och skickar ett nytt kort i dag.\n/Erik',
    nl: 'Hoi Anna, bedankt voor je bericht. Het spijt ons, we sturen je vandaag een nieuwe pas 🙂\n/Sanne',
    en: "Hi Anna, thanks for getting in touch. We're sorry about the mix-up and will send a new card today!\n/Sam",
  };

  it.each(Object.entries(GOOD) as [Language, string][])(
    'a good %s reply passes the default guide',
    (language, text) => {
      expect(checkTone(text, defaultToneGuide(language), { shouldApologise: true, authorName: 'Anna' })).toEqual([]);
    },
  );

  it('gives every finding a non-empty message in sv, nl and en', () => {
    const texts = {
      sv: 'Ni kan se handläggningen av ert ärende 🙂🙂 och du kan ringa oss!!! ' + 'ord '.repeat(30),
      nl: 'Kunt u je nummer conform afspraak per direct sturen 🙂🙂!!! ' + 'woord '.repeat(30),
      en: 'Kindly escalate and obtain it 🙂🙂!!! ' + 'word '.repeat(30),
    };
    for (const language of ['sv', 'nl', 'en'] as const) {
      const g = guide(language, { maxLength: 20 });
      const findings = checkTone(texts[language], g, { shouldApologise: true, authorName: 'Anna' });
      const seen = new Set(rules(findings));
      expect(seen.size).toBeGreaterThanOrEqual(language === 'en' ? 10 : 9);
      for (const { message } of findings) {
        for (const text of [message.sv, message.nl, message.en]) expect(text.trim()).not.toBe('');
      }
    }
  });

  it('the default guides are valid and the schema rejects a broken sign-off pattern', () => {
    for (const language of ['sv', 'nl', 'en'] as const) {
      expect(toneGuideSchema.parse(defaultToneGuide(language))).toEqual(defaultToneGuide(language));
    }
    const broken = { ...defaultToneGuide('sv'), signOff: { required: true, pattern: '(' } };
    expect(toneGuideSchema.safeParse(broken).success).toBe(false);
  });
});
