import { describe, expect, it } from 'vitest';
import { screenJobText } from './screening.js';

describe('screenJobText', () => {
  it.each([
    ['入职需缴纳押金 500 元', ['deposit']],
    ['岗前培训，需办理培训贷，工资里扣', ['training_loan']],
    ['培训费 1980 元，考核通过后返还', ['paid_training']],
    ['服装费自理', ['uniform_fee']],
    ['体检费自理，入职当天完成', ['checkup_fee']],
    ['面试通过后先交 200 元报名费', ['fee', 'pay_first']],
    ['入职时身份证原件由公司保管', ['id_card_retention']],
    ['公司统一收费办理工牌', ['fee']],
  ])('flags "%s"', (text, rules) => {
    expect(screenJobText([text])).toEqual(rules);
  });

  it('sees through spaces, punctuation and full-width characters', () => {
    expect(screenJobText(['需 交 押 金'])).toEqual(['deposit']);
    expect(screenJobText(['押，金'])).toEqual(['deposit']);
    expect(screenJobText(['先　交'])).toEqual(['pay_first']);
  });

  it('reads every text given (title, description, requirements)', () => {
    expect(screenJobText(['普工', '包吃包住', '需交押金'])).toEqual(['deposit']);
  });

  it('leaves ordinary postings and negated promises alone', () => {
    expect(screenJobText(['Java开发工程师', '负责核心系统开发，五险一金，双休，定期体检', '本科及以上'])).toEqual([]);
    expect(screenJobText(['公司不收费，无押金，免培训费'])).toEqual([]);
    expect(screenJobText(['绝不收取任何费用，无需先交钱'])).toEqual([]);
  });

  it('still flags a negation elsewhere in the text', () => {
    expect(screenJobText(['不收费，但需交押金'])).toEqual(['deposit']);
  });
});
