/**
 * Splits an identifier or key into lower-case words, whatever its casing:
 * `userEmail`, `user_email`, `user-email`, `USER_EMAIL` and `UserEMail` all give `['user', 'email']`;
 * `IPAddress` gives `['ip', 'address']`, `sha256` stays one word.
 * Rules match names on words, never on substrings: `display` is not `pay`, `payload` is not `pay`.
 */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z\d]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** Whether `words` contains `phrase` (itself a list of words) as a contiguous run. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0 || phrase.length > words.length) return false;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

/** Whether `words` ends with `phrase` (`['audit', 'logger']` ends with `['logger']`). */
export function endsWithPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.length <= words.length && phrase.every((word, index) => words[words.length - phrase.length + index] === word);
}
