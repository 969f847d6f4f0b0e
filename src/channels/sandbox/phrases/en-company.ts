import type { Phrasebook } from './phrasebook.js';

/** English: international customers of a Dutch bicycle company. */
export const enCompany: Phrasebook = {
  language: 'en',
  context: 'company',
  posts: [
    'The new Urban 7 e-bike has arrived – book a test ride',
    'Spring offer: free service with every new bike',
    'Heads-up: deliveries may take longer this weekend',
    'We ship to Belgium and Germany now',
  ],
  slots: {
    product: ['e-bike', 'cargo bike', 'city bike', "kids' bike", 'road bike', 'bike lock', 'battery', 'helmet'],
    model: ['Urban 7', 'Cargo Plus', 'Tour E8', 'Speed S45'],
    city: ['Amsterdam', 'Utrecht', 'Rotterdam', 'Eindhoven', 'The Hague'],
    store: ['your shop in {city}', 'the {city} store'],
    carrier: ['PostNL', 'DHL', 'the courier'],
    day: ['on Monday', 'last week', 'yesterday', 'on Friday', 'ten days ago'],
    part: ['the battery', 'the brakes', 'the gears', 'the rear light', 'the chain', 'the motor', 'the display'],
    job: ['bike mechanic', 'sales assistant', 'delivery driver', 'customer service agent'],
    spam: ['crypto', 'my trading bot', 'this one weird trick'],
  },
  templates: {
    question: [
      'When will my {product} be delivered? Order {ordernr}.',
      'Can I test ride the {model} at {store}?',
      'Do you ship to Germany?',
      'Is there an English manual for the {model}?',
      'How long is the warranty on {part}?',
      'Can I return a {product} if it does not fit? How many days do I have?',
    ],
    complaint: [
      'Order {ordernr} was supposed to arrive {day} and there is still nothing. Tracking shows nothing.',
      'Called customer service {n} times and nobody picks up. Terrible.',
      'Sent my return back {day} and still no refund.',
      '{carrier} left my {product} outside in the rain.',
      'My {model} is {n} weeks old and {part} already stopped working.',
    ],
    praise: [
      'Great help at {store}, my new {product} is amazing 🚲',
      'Fast delivery and the courier explained everything. Top service!',
      'Customer service fixed the issue with {part} within a day. Thanks!',
    ],
    problem: [
      '{part} on my {model} shows error code E{n}. What should I do?',
      'The app no longer connects to my {product} since the update.',
      'Checkout on your website keeps failing at the payment step.',
    ],
    misunderstanding: [
      'I thought delivery was free? I was charged shipping.',
      'Is it true you are closing {store}?',
      'You said 30% off everything but the {model} is full price?',
    ],
    idea: [
      'Idea: a pick-up service for repairs in {city} would be brilliant.',
      'Would love to be able to rent bikes from you in summer.',
      'Please offer a child seat as an option for the {model}!',
    ],
    job: [
      'Are you hiring a {job} at {store}? I have {n} years of experience.',
      'Do you have part-time jobs for students who do not speak Dutch yet?',
    ],
    spam: ['Earn $500 a day with {spam}!! DM me 💰', 'You won a free e-bike! Claim it via the link in my bio.'],
    abuse: [
      'Bunch of scammers. Hope you go bankrupt.',
      'Worst company ever, your customer service are idiots.',
      'Shut up with the ads and deliver what you sell.',
    ],
  },
  openers: ['Hi! ', 'Hello. ', 'Hey! '],
  closers: [' Thanks!', ' Cheers, {first}', ' 🙏', ' Regards, {first}'],
};
