/** The editor's form state and the pure steps on it: start, move, check and turn into a request body. */
import {
  GUIDELINE_LANGUAGES,
  type GuidelineRule,
  type GuidelinesDraftInput,
  type GuidelinesOverview,
  type TextMap,
} from './guidelines.types';

export interface RuleForm extends Omit<GuidelineRule, 'number'> {
  /** A React key that survives edits of the rule key and reordering. */
  uid: string;
}

export interface GuidelinesForm {
  intro: TextMap;
  rules: RuleForm[];
  changeNote: TextMap;
}

let counter = 0;
const uid = () => `r${++counter}`;
export const emptyText = (): TextMap => ({ sv: '', nl: '', en: '' });
const copyText = (t: Partial<TextMap> | undefined): TextMap => ({ sv: t?.sv ?? '', nl: t?.nl ?? '', en: t?.en ?? '' });

const toRuleForm = (r: Omit<GuidelineRule, 'number'>): RuleForm => ({
  uid: uid(),
  key: r.key,
  title: copyText(r.title),
  explanation: copyText(r.explanation),
  defaultAction: r.defaultAction,
});

/** The draft if there is one; else the version in force (the next version starts from it, with an empty change note). */
export function initialForm(overview: Pick<GuidelinesOverview, 'draft' | 'published'>): GuidelinesForm {
  const source = overview.draft ?? overview.published;
  if (!source) return { intro: emptyText(), rules: [], changeNote: emptyText() };
  return {
    intro: copyText(source.intro),
    rules: source.rules.map(toRuleForm),
    changeNote: overview.draft ? copyText(overview.draft.changeNote) : emptyText(),
  };
}

export function fromTemplate(form: GuidelinesForm, template: GuidelinesOverview['template']): GuidelinesForm {
  const hasIntro = GUIDELINE_LANGUAGES.some((l) => form.intro[l].trim());
  return { ...form, intro: hasIntro ? form.intro : copyText(template.intro), rules: template.rules.map(toRuleForm) };
}

/** A new rule with a key that is not taken yet. */
export function newRule(existing: RuleForm[]): RuleForm {
  const taken = new Set(existing.map((r) => r.key));
  let n = existing.length + 1;
  while (taken.has(`rule_${n}`)) n++;
  return { uid: uid(), key: `rule_${n}`, title: emptyText(), explanation: emptyText(), defaultAction: 'hide' };
}

export function moveRule(rules: RuleForm[], index: number, direction: -1 | 1): RuleForm[] {
  const target = index + direction;
  if (target < 0 || target >= rules.length) return rules;
  const next = [...rules];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Languages a rule still lacks (title or explanation empty): publishing needs all three. */
export function missingLanguages(rule: Pick<RuleForm, 'title' | 'explanation'>) {
  return GUIDELINE_LANGUAGES.filter((l) => !rule.title[l].trim() || !rule.explanation[l].trim());
}

export function toDraftBody(form: GuidelinesForm): GuidelinesDraftInput {
  return {
    intro: form.intro,
    changeNote: form.changeNote,
    rules: form.rules.map(({ key, title, explanation, defaultAction }) => ({
      key: key.trim(),
      title,
      explanation,
      defaultAction,
    })),
  };
}

/** Whether the form differs from what the server holds (uids aside). */
export const sameContent = (a: GuidelinesForm, b: GuidelinesForm) =>
  JSON.stringify(toDraftBody(a)) === JSON.stringify(toDraftBody(b));
