/** The page to go to after signing in: only paths on this site ("/…", never "//host" or "/\host"). */
export function safeNextPath(raw: string | null): string {
  if (!raw?.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}
