/**
 * Company sizes offered when registering. The value is stored as written (the listing shows it as
 * is, like the seeded ones); only the label is translated.
 */
export const ENTERPRISE_SIZES = ['0-20人', '20-99人', '100-499人', '500-999人', '1000-9999人', '10000人以上'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export const SIZE_KEYS: Record<EnterpriseSize, 'tiny' | 'small' | 'medium' | 'large' | 'huge' | 'giant'> = {
  '0-20人': 'tiny',
  '20-99人': 'small',
  '100-499人': 'medium',
  '500-999人': 'large',
  '1000-9999人': 'huge',
  '10000人以上': 'giant',
};

/** The shape of a unified social credit code, for a first check before the server verifies the check character. */
export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RTUWXY]{2}\d{6}[0-9A-HJ-NP-RTUWXY]{10}$/;

export const normaliseCreditCode = (input: string) => input.replace(/\s+/g, '').toUpperCase();
