import type { ReviewMessages } from './en';

const reviewNl: ReviewMessages = {
  title: 'Controle',
  subtitle: 'Antwoorden die nog een tweede paar ogen nodig hebben voordat ze worden verstuurd.',
  empty: 'Niets te controleren. Antwoorden die goedkeuring nodig hebben verschijnen hier.',
  openConversation: 'Gesprek openen',
  answers: 'Antwoordt {{name}}',
  writtenBy: 'Antwoord van {{name}}',
  editText: 'Tekst van het antwoord',
  comment: 'Opmerking voor de schrijver (optioneel)',
  rejectComment: 'Waarom wordt het afgewezen? De schrijver ziet dit.',
  ownReply: 'Jij schreef dit antwoord; iemand anders moet het goedkeuren.',
  approve: 'Goedkeuren',
  approveEdited: 'Opslaan en goedkeuren',
  editAndApprove: 'Bewerken en goedkeuren',
  reject: 'Afwijzen',
};

export default reviewNl;
