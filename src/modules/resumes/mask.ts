import { maskPhone as maskAccountPhone } from '../accounts/index.js';
import type { Gender } from './tables.js';

// Two-character surnames: 欧阳娜娜 is 欧阳女士, not 欧女士.
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '轩辕',
  '澹台',
  '申屠',
  '太史',
  '闻人',
  '呼延',
  '万俟',
  '钟离',
  '司空',
  '赫连',
]);

const HAN = /^\p{Script=Han}/u;

/**
 * How a recruiter sees a seeker's name before the seeker has disclosed it to their enterprise:
 * the surname and 先生 / 女士, or the surname and ** when the gender is unknown (or "other"). A
 * name in Latin letters keeps only its first letter.
 */
export function maskName(name: string, gender: Gender | null | undefined): string {
  const n = name.trim();
  const suffix = gender === 'male' ? '先生' : gender === 'female' ? '女士' : '**';
  if (!n) return suffix === '**' ? '**' : suffix;
  if (HAN.test(n)) {
    const two = [...n].slice(0, 2).join('');
    const surname = [...n].length > 2 && COMPOUND_SURNAMES.has(two) ? two : ([...n][0] as string);
    return `${surname}${suffix}`;
  }
  return `${(n[0] as string).toUpperCase()}. ${suffix}`;
}

/** 138****5678: the first three and last four digits. */
export function maskPhone(phone: string): string {
  return maskAccountPhone(phone);
}
