/** English strings of the community guidelines page. sv.ts and nl.ts have the same keys. */
const en = {
  nav: 'Community guidelines',
  title: 'Community guidelines',
  subtitle:
    'Publish where the line goes: what is welcome, what is not and what happens then. Every moderation action cites one of these rules.',
  readOnly: 'You can read the guidelines and cite them when you moderate; admins and managers edit and publish them.',
  status: {
    published: 'Version {{version}} in force since {{date}}',
    none: 'Not published yet. Moderators can only act once a version is published.',
    draft: 'Draft of version {{version}}, last saved {{date}}',
    newDraft: 'Version {{version}}, not saved yet',
    unsaved: 'Unsaved changes',
  },
  publicLink: {
    title: 'Public page',
    hint: 'Put this link in your profile bios: anyone can read the guidelines there, in Swedish, Dutch or English, without logging in.',
    open: 'Open the public page',
    notYet: 'The page shows the guidelines once a version is published.',
  },
  intro: {
    label: 'Introduction',
    hint: 'What is welcome (questions, criticism, different views) before the rules say where the line goes.',
  },
  rules: {
    heading: 'Rules',
    empty: 'No rules yet. Start from the template or add your own.',
    template: 'Start from the template',
    add: 'Add a rule',
    key: 'Key',
    keyHint: 'Stable name used when citing, e.g. threats',
    title: 'Title',
    explanation: 'Explanation',
    action: 'What happens',
    moveUp: 'Move rule {{number}} up',
    moveDown: 'Move rule {{number}} down',
    remove: 'Remove rule {{number}}',
    missing: 'Missing: {{languages}}',
    complete: 'Complete in all three languages',
  },
  actions: {
    hide: 'Hide the post',
    remove: 'Remove the post',
    warn: 'Remind the writer',
    escalate: 'Pass to a responsible person',
    report_police: 'Keep evidence, remove, report to the police',
  },
  changeNote: {
    label: 'What changed',
    hint: 'Shown in the public history of changes.',
  },
  saveDraft: 'Save draft',
  saved: 'Draft saved.',
  discard: 'Discard draft',
  discardConfirm: 'Discard the draft of version {{version}}? The published version stays as it is.',
  publish: 'Publish',
  publishTitle: 'Publish version {{version}}?',
  publishConfirm:
    'The public page will show this version from now on, and moderators will cite its rules. Earlier versions stay in the history.',
  publishedOk: 'Version {{version}} is published.',
  history: {
    title: 'History of changes',
    empty: 'Nothing published yet.',
    entry: 'Version {{version}}, published {{date}}',
    by: 'by {{name}}',
    firstVersion: 'First version.',
    noNote: 'No description of the change.',
    view: 'View',
  },
};

export type GuidelinesMessages = typeof en;
export default en;
