import type { Command } from 'commander';

/** Filled in by the demo module. */
export function registerDemoCommand(_program: Command) {}
