/**
 * The condition PHP 人才网 packages build for a keyword search: each term, as a substring, in
 * the title, the company name, the tags or the description (AND between terms); an exact city.
 */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function likeWhere(q: string, city: string | undefined): { where: string; params: string[] } {
  const terms = q.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  const params: string[] = [];
  for (const term of terms) {
    parts.push('(title like ? or company like ? or tags like ? or description like ?)');
    const p = `%${escapeLike(term)}%`;
    params.push(p, p, p, p);
  }
  if (city) {
    parts.push('city = ?');
    params.push(city);
  }
  return { where: parts.length ? parts.join(' and ') : '1 = 1', params };
}
