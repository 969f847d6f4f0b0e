/** Who and what the demo consists of: a Swedish municipality and a Dutch company. */
import type { Role } from '../auth/roles.js';

/** The password of every demo account (documented in the README and printed after seeding). */
export const DEMO_PASSWORD = 'samtal-demo';

export interface DemoWorkspace {
  slug: string;
  name: string;
  country: string;
  timeZone: string;
  defaultLanguage: 'sv' | 'nl' | 'en';
  /** E-mail domain of its people: admin@<domain>, responder@<domain> … */
  domain: string;
  people: Record<Role, string>;
  channels: Array<{ name: string; handle: string; backfill: number }>;
}

export const DEMO_WORKSPACES: DemoWorkspace[] = [
  {
    slug: 'ekeby',
    name: 'Ekeby kommun',
    country: 'SE',
    timeZone: 'Europe/Stockholm',
    defaultLanguage: 'sv',
    domain: 'ekeby.demo',
    people: {
      admin: 'Anna Lindqvist',
      manager: 'Erik Sandberg',
      responder: 'Sara Nilsson',
      reviewer: 'Johan Berg',
      moderator: 'Maja Holm',
      analyst: 'Oskar Forsberg',
      viewer: 'Karin Öberg',
    },
    channels: [
      { name: 'Facebook (sandbox)', handle: 'ekebykommun', backfill: 18 },
      { name: 'Instagram (sandbox)', handle: 'ekeby_kommun', backfill: 12 },
    ],
  },
  {
    slug: 'vandijk',
    name: 'Van Dijk Fietsen',
    country: 'NL',
    timeZone: 'Europe/Amsterdam',
    defaultLanguage: 'nl',
    domain: 'vandijk.demo',
    people: {
      admin: 'Sanne de Vries',
      manager: 'Daan Bakker',
      responder: 'Lotte Visser',
      reviewer: 'Bram Mulder',
      moderator: 'Fleur de Boer',
      analyst: 'Thijs Smit',
      viewer: 'Eva Janssen',
    },
    channels: [
      { name: 'Facebook (sandbox)', handle: 'vandijkfietsen', backfill: 18 },
      { name: 'Instagram (sandbox)', handle: 'vandijk.fietsen', backfill: 12 },
    ],
  },
];

/** One person in both workspaces, with different roles, to show the workspace switcher. */
export const DEMO_SHARED_USER = {
  email: 'kim@samtal.demo',
  name: 'Kim Jansson',
  language: 'en' as const,
  roles: { ekeby: ['manager'], vandijk: ['admin'] } as Record<string, Role[]>,
};

/** How far back the backfilled items reach. */
export const DEMO_BACKFILL_HOURS = 6;
