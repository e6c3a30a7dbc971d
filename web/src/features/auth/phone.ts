/** Mainland China mobile numbers: 11 digits starting 13–19; spaces, hyphens and +86 are tolerated. */
export function isMainlandMobile(input: string): boolean {
  const compact = input.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(compact);
}

/** "13712345678" → "137****5678", for showing a number back without repeating it in full. */
export function maskPhone(input: string): string {
  const digits = input.replace(/\D/g, '').slice(-11);
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : input;
}
