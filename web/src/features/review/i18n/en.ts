/** Review page texts in English (the reference; sv.ts and nl.ts have the same keys). */
const reviewEn = {
  title: 'Review',
  subtitle: 'Replies waiting for a second pair of eyes before they are sent.',
  empty: 'Nothing to review. Replies that need approval appear here.',
  openConversation: 'Open the conversation',
  answers: 'Answers {{name}}',
  writtenBy: 'Reply by {{name}}',
  editText: 'Text of the reply',
  comment: 'Comment for the writer (optional)',
  rejectComment: 'Why is it rejected? The writer sees this.',
  ownReply: 'You wrote this reply; someone else has to approve it.',
  approve: 'Approve',
  approveEdited: 'Save and approve',
  editAndApprove: 'Edit and approve',
  reject: 'Reject',
};

export default reviewEn;

export type ReviewMessages = { [K in keyof typeof reviewEn]: string };
