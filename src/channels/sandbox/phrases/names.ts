import type { NamePool, TrafficLanguage } from './phrasebook.js';

/** Common given names and surnames, so authors look like the people who write to a Swedish municipality or a Dutch shop. */
export const NAMES: Record<TrafficLanguage, NamePool> = {
  sv: {
    first: [
      'Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Anders', 'Sara', 'Mikael', 'Lena', 'Per', 'Emma',
      'Fredrik', 'Ingrid', 'Oskar', 'Elin', 'Jonas', 'Linnéa', 'Mats', 'Sofia', 'Björn', 'Maja', 'Nils', 'Hanna',
      'Göran', 'Amira', 'Ahmed', 'Aylin', 'Mohammed', 'Birgitta', 'Kent', 'Ebba', 'Viktor', 'Astrid', 'Ali', 'Yusuf',
      'Ulla', 'Tove', 'Hassan',
    ],
    last: [
      'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
      'Gustafsson', 'Pettersson', 'Jonsson', 'Lindberg', 'Lindqvist', 'Berg', 'Holm', 'Sandberg', 'Forsberg',
      'Åkesson', 'Öberg', 'Ali', 'Hassan', 'Yilmaz', 'Nyström', 'Lundgren', 'Engström', 'Sjöberg', 'Wikström',
    ],
  },
  nl: {
    first: [
      'Daan', 'Emma', 'Sem', 'Julia', 'Lucas', 'Sophie', 'Noah', 'Tess', 'Finn', 'Anna', 'Jesse', 'Lotte', 'Thijs',
      'Sanne', 'Bram', 'Fleur', 'Ruben', 'Eva', 'Mark', 'Ingrid', 'Kees', 'Marloes', 'Joost', 'Anouk', 'Mohamed',
      'Fatima', 'Youssef', 'Priya', 'Henk', 'Wilma', 'Gert-Jan', 'Annemieke', 'Sven', 'Lieke', 'Dirk', 'Esther',
    ],
    last: [
      'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer',
      'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer',
      'el Amrani', 'Kaya', 'Willems', 'van der Meer', 'Postma', 'Kramer', 'Verhoeven', 'Koster',
    ],
  },
  en: {
    first: [
      'James', 'Olivia', 'Liam', 'Amelia', 'Noah', 'Isla', 'Jack', 'Ava', 'Harry', 'Mia', 'Oliver', 'Grace', 'Ethan',
      'Chloe', 'Daniel', 'Sophie', 'Ryan', 'Hannah', 'Priya', 'Tom', 'Rachel', 'Kevin', 'Laura', 'Arjun', 'Mateo',
      'Chen', 'Aisha', 'Patrick', 'Niamh', 'Ben',
    ],
    last: [
      'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Wright', 'Walker',
      'Evans', "O'Brien", 'Murphy', 'Clarke', 'Hughes', 'Khan', 'Singh', 'Garcia', 'Miller', 'Kelly', 'Martin',
    ],
  },
};

/** Accounts that post spam rarely have a real name. */
export const SPAM_HANDLES = [
  'crypto_king_2025', 'fast.cash.daily', 'win_big_now', 'followers4u', 'best_deals_shop', 'bitcoin_guru_88',
  'gratis.prylar', 'snel_rijk_nl', 'promo_master', 'luxury.watches.cheap',
];
