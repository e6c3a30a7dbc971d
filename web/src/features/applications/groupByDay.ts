/** Items grouped by their China-time calendar day (the server gives `day`), in the order given. */
export function groupByDay<T extends { day: string }>(items: readonly T[]): [string, T[]][] {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.day);
    if (list) list.push(item);
    else out.set(item.day, [item]);
  }
  return [...out.entries()];
}
