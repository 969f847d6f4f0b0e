import type { ReviewMessages } from './en';

const reviewSv: ReviewMessages = {
  title: 'Granskning',
  subtitle: 'Svar som väntar på ett andra par ögon innan de skickas.',
  empty: 'Inget att granska. Svar som behöver godkännas hamnar här.',
  openConversation: 'Öppna konversationen',
  answers: 'Svarar {{name}}',
  writtenBy: 'Svar av {{name}}',
  editText: 'Svarets text',
  comment: 'Kommentar till skribenten (frivillig)',
  rejectComment: 'Varför avvisas det? Skribenten ser detta.',
  ownReply: 'Du skrev det här svaret; någon annan måste godkänna det.',
  approve: 'Godkänn',
  approveEdited: 'Spara och godkänn',
  editAndApprove: 'Redigera och godkänn',
  reject: 'Avvisa',
};

export default reviewSv;
