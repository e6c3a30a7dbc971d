/**
 * The first anti-fraud rule set. Postings that ask candidates for money (fees, deposits, paid
 * training, training loans, uniforms, health checks at their own cost) or for their ID card are
 * the commonest recruitment scams; such a posting waits for an operator instead of publishing.
 * Pure: text in, names of the matched rules out (stable codes the web app labels).
 */
export const fraudRules = {
  fee: /(?:收费|缴费|交费|报名费|手续费|中介费|介绍费|入职费|办卡费|资料费)/,
  deposit: /(?:押金|保证金|风险金|抵押金)/,
  training_loan: /(?:培训贷|贷款培训|分期培训|助学贷|培训分期|办理贷款)/,
  paid_training: /(?:培训费|付费培训|自费培训|学费|岗前培训费)/,
  uniform_fee: /(?:服装费|工装费|制服费|工服费)/,
  checkup_fee: /(?:体检费自理|体检自费|自费体检|体检费用自理|体检费自付)/,
  pay_first: /(?:先交|先付|预交|先缴|先转账|先打款)/,
  id_card_retention: /(?:扣押?身份证|押身份证|身份证(?:原件)?(?:押|留|交|由公司保管|上交)|(?:上交|保管|抵押)身份证)/,
} as const satisfies Record<string, RegExp>;

export type FraudRule = keyof typeof fraudRules;
export const fraudRuleNames = Object.keys(fraudRules) as FraudRule[];

// A match right after one of these says the opposite ("不收费", "无押金", "免培训费", "拒绝先交").
const negations = ['不', '无', '免', '绝不', '拒绝', '不会', '没有', '无需', '不需', '不用'];

function matchesAffirmatively(text: string, rule: RegExp): boolean {
  const global = new RegExp(rule.source, 'g');
  for (const m of text.matchAll(global)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (!negations.some((n) => before.endsWith(n))) return true;
  }
  return false;
}

/** The names of the rules the posting's texts break, in the order of the rule set; empty when none. */
export function screenJobText(texts: readonly string[]): FraudRule[] {
  // Spaces, punctuation and full-width forms are often used to slip words past filters.
  const text = texts
    .join('\n')
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
  return fraudRuleNames.filter((name) => matchesAffirmatively(text, fraudRules[name]));
}
