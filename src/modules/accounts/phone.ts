/** Mainland China mobile numbers: 11 digits starting 13–19. Accepts +86 / spaces / hyphens. */
export function normalisePhone(input: string): string | null {
  const compact = input.replace(/[\s-]/g, '').replace(/^(?:\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(compact) ? compact : null;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}
