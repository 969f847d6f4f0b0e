/** English strings of the knowledge page (saved replies and FAQ). sv.ts and nl.ts have the same keys. */
const en = {
  nav: 'Knowledge',
  title: 'Knowledge',
  subtitle: 'Saved replies for quick answers and FAQ articles with a public link to share in replies.',
  language: 'Language',
  allLanguages: 'All',
  search: 'Search',
  edit: 'Edit',
  delete: 'Delete',
  save: 'Save',
  cancel: 'Cancel',
  tabs: {
    replies: 'Saved replies',
    faq: 'FAQ articles',
  },
  replies: {
    add: 'New saved reply',
    empty: 'No saved replies in this language yet.',
    editTitle: 'Saved reply',
    title: 'Title',
    channel: 'Only for channel',
    allChannels: 'All channels',
    onlyChannel: 'Only for {{channel}}',
    body: 'Text',
    variables: 'Variables',
    variablesHint: 'Click one to insert it. It is filled in from the conversation when the reply is used.',
    insert: 'Insert {{name}}',
    variable: {
      author_name: 'the writer’s name',
      author_handle: 'the writer’s account',
      agent_name: 'your name',
      workspace_name: 'the organisation',
      channel_name: 'the channel',
    },
    unknownVariables: 'Samtal does not know {{names}}. Use only the variables above.',
    preview: 'Preview with example values',
    sampleAuthor: 'Anna Svensson',
  },
  faq: {
    add: 'New article',
    empty: 'No FAQ articles in this language yet.',
    editTitle: 'FAQ article',
    question: 'Question',
    answer: 'Answer',
    slug: 'Address (slug)',
    badSlug: 'Lower-case letters, digits and hyphens; starting with a letter or digit.',
    keywords: 'Keywords',
    keywordsHint: 'Words people use for this question, separated by spaces; they help suggest the article.',
    externalUrl: 'Read more (optional link)',
    externalUrlHint: 'A page on your own website with more information.',
    publishedLabel: 'Published',
    publishedHint: 'Published articles have a public page and are suggested to responders.',
    published: 'Published',
    draft: 'Draft',
    openPublic: 'Open the public page',
  },
};

export default en;

type DeepStrings<T> = T extends string ? string : { [K in keyof T]: DeepStrings<T[K]> };
export type KnowledgeMessages = DeepStrings<typeof en>;
