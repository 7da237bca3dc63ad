// `@Name` mentions in a note's text: which colleagues a text names. A mention starts at an `@` that opens a word (not an
// e-mail address) and is a user's full name, compared without case, ending at a word boundary; the longest name wins.

const MENTION_START = /(^|[^\p{L}\p{N}_.@])@(?=\p{L})/gu;

/** The text after each mention's `@`, up to 80 characters. */
export function mentionFragments(text: string): string[] {
  return [...text.matchAll(MENTION_START)].map((m) => text.slice(m.index + m[0].length, m.index + m[0].length + 80));
}

/** Lower-cased first words after each `@` (to look candidate users up by name prefix). */
export function mentionPrefixes(text: string): string[] {
  const words = mentionFragments(text).map((f) => /^[\p{L}\p{N}'-]+/u.exec(f)?.[0].toLowerCase() ?? '');
  return [...new Set(words.filter(Boolean))];
}

/** Ids of the users in `candidates` mentioned in `text`. */
export function mentionedUsers(text: string, candidates: { id: string; name: string }[]): Set<string> {
  const byLength = [...candidates].sort((a, b) => b.name.length - a.name.length);
  const found = new Set<string>();
  for (const fragment of mentionFragments(text)) {
    const lower = fragment.toLowerCase();
    const hit = byLength.find((u) => {
      const name = u.name.trim().toLowerCase();
      return name && lower.startsWith(name) && !/^[\p{L}\p{N}_]/u.test(lower.slice(name.length));
    });
    if (hit) found.add(hit.id);
  }
  return found;
}
