/**
 * Mainland China public holidays and make-up working days (调休上班), as the State Council's
 * General Office publishes them each November for the following year. Deadlines for data-subject
 * requests are counted in working days on this calendar (src/privacy/rights/workdays.ts).
 *
 * Add the next year as soon as its notice is published; until then, dates past the last year here
 * are counted with weekends as the only days off (see `calendarCovers`).
 */
export interface HolidayPeriod {
  name: { zh: string; en: string };
  /** First and last day off, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
}

export interface HolidayYear {
  /** The notice the dates come from. */
  notice: string;
  periods: HolidayPeriod[];
  /** Saturdays and Sundays that are working days to make up for days off (调休上班). */
  makeUpWorkdays: string[];
}

const newYear = { zh: '元旦', en: "New Year's Day" };
const springFestival = { zh: '春节', en: 'Spring Festival' };
const qingming = { zh: '清明节', en: 'Qingming Festival' };
const labourDay = { zh: '劳动节', en: 'Labour Day' };
const dragonBoat = { zh: '端午节', en: 'Dragon Boat Festival' };
const midAutumn = { zh: '中秋节', en: 'Mid-Autumn Festival' };
const nationalDay = { zh: '国庆节', en: 'National Day' };

export const holidaysCn: Record<number, HolidayYear> = {
  2025: {
    notice: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）',
    periods: [
      { name: newYear, from: '2025-01-01', to: '2025-01-01' },
      { name: springFestival, from: '2025-01-28', to: '2025-02-04' },
      { name: qingming, from: '2025-04-04', to: '2025-04-06' },
      { name: labourDay, from: '2025-05-01', to: '2025-05-05' },
      { name: dragonBoat, from: '2025-05-31', to: '2025-06-02' },
      { name: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' }, from: '2025-10-01', to: '2025-10-08' },
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    notice: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
    periods: [
      { name: newYear, from: '2026-01-01', to: '2026-01-03' },
      { name: springFestival, from: '2026-02-15', to: '2026-02-23' },
      { name: qingming, from: '2026-04-04', to: '2026-04-06' },
      { name: labourDay, from: '2026-05-01', to: '2026-05-05' },
      { name: dragonBoat, from: '2026-06-19', to: '2026-06-21' },
      { name: midAutumn, from: '2026-09-25', to: '2026-09-27' },
      { name: nationalDay, from: '2026-10-01', to: '2026-10-07' },
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
};
