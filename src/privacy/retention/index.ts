export { DEFAULT_BATCH_SIZE, type RetentionOptions, type RetentionReport, type RuleOutcome, runRetention, SWEEP_LOCK } from './engine.js';
export { formatReport } from './report.js';
export { approximateMs, isDuration, type RowRule, rowRules } from './rules.js';
export { type RetentionSchedule, scheduleRetention } from './schedule.js';
