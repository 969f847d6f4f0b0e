import type { Phrasebook } from './phrasebook.js';

/** English: newcomers and visitors writing to a Swedish municipality. */
export const enMunicipality: Phrasebook = {
  language: 'en',
  context: 'municipality',
  posts: [
    'Winter road clearing starts now – this is how we prioritise',
    'New waste collection schedule from 1 March',
    'Apply for a preschool place at least four months ahead',
    'Summer jobs for young people – applications are open',
    'Information in English for new residents',
  ],
  slots: {
    street: ['Storgatan', 'Björkvägen', 'Kyrkogatan', 'Ängsvägen', 'Skolgatan', 'Stationsvägen', 'Hagavägen'],
    area: ['Norrby', 'Söderåsen', 'the town centre', 'Västerhagen', 'Sjöstaden', 'Kvarnbacken'],
    day: ['last Monday', 'yesterday', 'the day before yesterday', 'last week', 'on Friday', 'two weeks ago'],
    bin: ['the general waste', 'the food waste bin', 'the paper packaging', 'the garden waste', 'our bin'],
    preschool: ['Solrosens preschool', 'the Myran preschool', 'Ekorrens preschool', 'a preschool near {area}'],
    bus: ['bus 4', 'line 12', 'the 310 regional bus', 'the night bus', 'the school bus'],
    place: ['the library', 'the swimming hall', 'the recycling centre', 'the town hall', 'the sports ground', 'the playground in the park', 'the ice rink'],
    permit: ['a building permit for a carport', 'a permit for a small extension', 'a demolition permit', 'a permit for solar panels'],
    service: ['waste collection', 'snow clearing', 'the building permit office', 'the preschool queue', 'public transport', 'the switchboard'],
    issue: ['a huge pothole', 'a broken street light', 'a fallen tree', 'a water leak', 'graffiti on the bus shelter', 'broken glass on the cycle path'],
    job: ['nurse', 'preschool teacher', 'substitute teacher', 'caseworker', 'personal assistant', 'cleaner'],
    spam: ['crypto trading', 'my betting tips', 'this weight-loss trick', 'a forex bot'],
  },
  templates: {
    question: [
      'Is there an English version of the information about {permit}?',
      'When is {bin} collected on {street}? We just moved here.',
      'How do I apply for a place at {preschool}? We just moved to {area}.',
      'Does {bus} run on public holidays?',
      'What are the opening hours of {place} this weekend?',
      'Do I need a Swedish personal number to register my child for preschool?',
      'Who do I contact about {service}? The website is only in Swedish.',
    ],
    complaint: [
      '{bin} has not been collected on {street} since {day}. This is ridiculous.',
      'Nobody has cleared the snow on {street} in {area}. My elderly neighbour cannot get out.',
      '{bus} was cancelled again this morning without any notice.',
      'I have been waiting {n} months for an answer about {permit}.',
      'Your phone line for {service} just hangs up on me.',
    ],
    praise: [
      'Thank you to the staff at {place}, so friendly and helpful to us newcomers!',
      'Really impressed with how fast {service} sorted out our problem. Thanks!',
      'The new playground in the park is lovely, the kids love it.',
      'Great to see information in English, that makes a big difference for us.',
    ],
    problem: [
      'There is {issue} on {street}, near number {n}. Someone will get hurt.',
      'Reporting {issue} in {area}, close to {place}.',
      'There has been {issue} near {place} since {day}. Who should I tell?',
      'The online form for {permit} gives me an error when I submit it.',
    ],
    misunderstanding: [
      'Is it true that you will stop collecting {bin}? Someone posted it in a local group.',
      'I thought {place} was closing for good?',
      'Do I really need {permit} to replace my windows?',
      'I heard preschool is free for everyone here, is that right?',
    ],
    idea: [
      'Suggestion: more bins near {place}, it gets messy every weekend.',
      'Could {bus} run more often in the evenings? Lots of people in {area} would use it.',
      'Would be great to have the waste collection calendar in English too.',
      'How about a dog park in {area}?',
    ],
    job: [
      'Are you hiring a {job}? I have just moved to Sweden and I am learning Swedish.',
      'Do you have summer jobs for students who speak English?',
      'I applied for the {job} position, when will I hear back?',
    ],
    spam: [
      'I made $3,000 last week with {spam}! DM me to learn how 💸',
      'Congratulations, you have been selected for a free gift card! Link in bio.',
      'Want more followers and likes? Cheap packages, message me!',
    ],
    abuse: [
      'You are all useless. Shut down {service} and resign.',
      'What a bunch of clowns running this town. {street} is a disgrace.',
      'Stop posting cheerful nonsense and do your bloody jobs.',
    ],
  },
  openers: ['Hi! ', 'Hello. ', 'Hi there! ', 'Good morning! '],
  closers: [' Thanks!', ' Thanks in advance.', ' Cheers, {first}', ' 🙏', ' Kind regards, {first}'],
};
