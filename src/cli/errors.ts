/**
 * The few error classes. A UsageError (bad arguments) or InputError (an input the tool cannot use)
 * prints one sentence and exits with 2; anything else is a bug and prints its stack.
 */
import type { Lang } from '../i18n/lang.js';

export type Text = Record<Lang, string>;

export class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export class InputError extends Error {
  constructor(readonly text: Text) {
    super(text.en);
    this.name = 'InputError';
  }
}
