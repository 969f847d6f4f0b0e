import type { Command } from 'commander';

/** Filled in by the people module: create users, reset passwords. */
export function registerUserCommands(_program: Command) {}
