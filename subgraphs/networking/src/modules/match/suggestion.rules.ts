/** How many suggestions a list holds unless `first` says, and at most. */
export const DEFAULT_SUGGESTIONS = 10;
export const MAX_SUGGESTIONS = 50;
