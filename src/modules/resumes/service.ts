import { announce } from '../../platform/changes.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { mimeTypes, type Upload } from '../../platform/files/index.js';
import type { CoreServices } from '../../platform/services.js';
import { assertSeekerAge } from '../accounts/index.js';
import { educationLevels, isPositionCode } from '../taxonomy/index.js';
import { bound } from './bound.js';
import { completeness } from './completeness.js';
import { maskName, maskPhone } from './mask.js';
import { type ResumeRow, resumesRepository as repo } from './repository.js';
import type { ResumeInput } from './schemas.js';
import type { Visibility } from './tables.js';

export const RESUME_VIEW_PURPOSE = 'recruiting.resume_view';
export const CANDIDATE_CARD_PURPOSE = 'recruiting.candidate_card';

const MAX_RESUMES = 5;
const MAX_BLOCKS = 100;

/** What other modules show of a candidate: masked until the seeker discloses to the enterprise. */
export interface CandidateCard {
  resumeId: number;
  seekerId: string;
  displayName: string;
  phone: string;
  disclosed: boolean;
  city: string;
  educationLevel: string | null;
  /** Experience level code (taxonomy), from the years of work. */
  experience: string | null;
  /** Position codes the seeker is looking for. */
  intentions: string[];
  updatedAt: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();

function todayInChina(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function experienceLevelOf(years: number | null): string | null {
  if (years === null) return null;
  if (years === 0) return 'none';
  if (years < 3) return '1-3';
  if (years < 5) return '3-5';
  if (years < 10) return '5-10';
  return '10+';
}

const resumeEducationCodes = new Set(educationLevels.map((l) => l.code).filter((c) => c !== 'any'));

/** The checks a schema cannot make: dates in order and not in the future, salary ranges, taxonomy codes. */
export function checkResumeInput(input: ResumeInput, today = todayInChina()): void {
  const month = today.slice(0, 7);
  if (!input.title.trim()) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'title', rule: 'required' }] });
  if (input.birthDate !== null) assertSeekerAge(input.birthDate, today);
  if (input.educationLevel !== null && !resumeEducationCodes.has(input.educationLevel))
    throw new AppError('EDUCATION_CODE_UNKNOWN', { field: 'educationLevel' });
  input.intentions.positions.forEach((code, i) => {
    if (!isPositionCode(code)) throw new AppError('POSITION_CODE_UNKNOWN', { field: `intentions.positions.${i}` });
  });
  const { salaryMin, salaryMax } = input.intentions;
  if (salaryMin !== null && salaryMax !== null && salaryMin > salaryMax) throw new AppError('SALARY_RANGE_INVALID', { field: 'intentions.salaryMin' });
  const period = (section: string, i: number, start: string, end: string | null) => {
    if (start > month || (end !== null && (end > month || end < start))) throw new AppError('RESUME_DATES_ORDER', { field: `${section}.${i}` });
  };
  input.education.forEach((e, i) => {
    if (!resumeEducationCodes.has(e.degree)) throw new AppError('EDUCATION_CODE_UNKNOWN', { field: `education.${i}.degree` });
    // A degree under way may end in the future (the expected graduation).
    if (e.start > month || (e.end !== null && e.end < e.start)) throw new AppError('RESUME_DATES_ORDER', { field: `education.${i}` });
  });
  for (const [i, e] of input.experience.entries()) period('experience', i, e.start, e.end);
  for (const [i, p] of input.projects.entries()) period('projects', i, p.start, p.end);
  input.certificates.forEach((c, i) => {
    if (c.issuedOn !== null && c.issuedOn > month) throw new AppError('RESUME_DATES_ORDER', { field: `certificates.${i}` });
  });
}

function toRow(input: ResumeInput) {
  return {
    title: input.title.trim(),
    real_name: input.realName.trim(),
    gender: input.gender,
    birth_date: input.birthDate,
    city: input.city.trim(),
    education_level: input.educationLevel,
    years_of_work: input.yearsOfWork,
    job_status: input.jobStatus,
    introduction: input.introduction,
    intended_positions: input.intentions.positions,
    intended_cities: input.intentions.cities.map((c) => c.trim()),
    job_types: input.intentions.jobTypes,
    salary_min: input.intentions.salaryMin,
    salary_max: input.intentions.salaryMax,
    education: JSON.stringify(input.education),
    experience: JSON.stringify(input.experience),
    projects: JSON.stringify(input.projects),
    skills: JSON.stringify(input.skills.map((s) => s.trim())),
    certificates: JSON.stringify(input.certificates),
  };
}

const intentionsOf = (r: ResumeRow) => ({
  positions: r.intended_positions,
  cities: r.intended_cities,
  jobTypes: r.job_types as ResumeInput['intentions']['jobTypes'],
  salaryMin: r.salary_min,
  salaryMax: r.salary_max,
});

type FileMeta = { id: string; kind: string; size_bytes: number; created_at: Date | string };
const fileInfo = (f: FileMeta | undefined) => (f ? { kind: f.kind, sizeBytes: f.size_bytes, uploadedAt: iso(f.created_at) } : null);

function buildResumesService(deps: CoreServices) {
  const { access, cipher, files, disclosures } = deps;

  async function memberEnterprise(db: Db, actor: Actor): Promise<number> {
    if (actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    const m = await repo.membershipOf(db, actor.userId);
    if (!m) throw new AppError('NOT_IN_ENTERPRISE');
    return m.enterprise_id;
  }

  // A recruiter reads a seeker's resume only for the enterprise they act for, and only while one of
  // that seeker's resumes is visible to it (visibility, blocks, account state, disclosure).
  const recruiterMayRead = async (actor: Actor, req: { subjectId: string; enterpriseId?: number | null }, ctx: Ctx) => {
    if (actor.role !== 'recruiter' || typeof req.enterpriseId !== 'number') return false;
    const m = await repo.membershipOf(ctx.db, actor.userId);
    return m?.enterprise_id === req.enterpriseId && repo.seekerVisibleTo(ctx.db, req.enterpriseId, req.subjectId);
  };
  access.definePurpose(RESUME_VIEW_PURPOSE, {
    description: {
      zh: '招聘方查看您允许其查看的简历（投递或接受联系前姓名和电话打码）',
      en: 'Recruiters opening a resume you let them see (name and phone masked until you apply or accept contact)',
    },
    allowed: recruiterMayRead,
  });
  access.definePurpose(CANDIDATE_CARD_PURPOSE, {
    description: {
      zh: '您已投递或同意联系的企业在候选人列表中看到您的姓名和电话',
      en: 'An employer you applied to or accepted contact from seeing your name and phone in its candidate lists',
    },
    allowed: recruiterMayRead,
  });

  function requireSeeker(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (ctx.actor.role !== 'seeker') throw new AppError('FORBIDDEN');
    return ctx.actor;
  }
  function requireRecruiter(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (ctx.actor.role !== 'recruiter') throw new AppError('FORBIDDEN');
    return ctx.actor;
  }

  async function own(db: Db, userId: string, id: number): Promise<ResumeRow> {
    const r = await repo.findOwn(db, userId, id);
    if (!r) throw new AppError('RESUME_NOT_FOUND');
    return r;
  }

  async function resumeView(db: Db, r: ResumeRow) {
    const [attachment] = r.attachment_file_id ? await files.describe(db, [r.attachment_file_id]) : [];
    return {
      id: r.id,
      title: r.title,
      visibility: r.visibility,
      realName: r.real_name,
      gender: r.gender,
      birthDate: r.birth_date,
      city: r.city,
      educationLevel: r.education_level,
      yearsOfWork: r.years_of_work,
      jobStatus: r.job_status,
      introduction: r.introduction,
      intentions: intentionsOf(r),
      education: r.education,
      experience: r.experience,
      projects: r.projects,
      skills: r.skills,
      certificates: r.certificates,
      hasAvatar: Boolean(r.avatar_file_id),
      attachment: fileInfo(attachment),
      completeness: completeness(r),
      createdAt: iso(r.created_at),
      updatedAt: iso(r.updated_at),
    };
  }

  /** Who the seekers behind these resumes are, as this enterprise may see them. */
  async function identities(db: Db, enterpriseId: number | null, rows: ResumeRow[]) {
    const seekerIds = [...new Set(rows.map((r) => r.user_id))];
    const accounts = await repo.accounts(db, seekerIds);
    const phones = await cipher.decryptMany(
      db,
      accounts.map((a) => ({ subjectId: a.id, ciphertext: a.phone_enc })),
    );
    const byId = new Map(accounts.map((a, i) => [a.id, { ...a, phone: phones[i] ?? null }]));
    const disclosed = enterpriseId === null ? new Set<string>() : await disclosures.disclosedAmong(db, seekerIds, enterpriseId);
    return (r: ResumeRow) => {
      const a = byId.get(r.user_id);
      const name = r.real_name || a?.display_name || '';
      const gender = r.gender ?? a?.gender ?? null;
      const open = disclosed.has(r.user_id);
      return {
        disclosed: open,
        displayName: open ? name : maskName(name, gender),
        phone: a?.phone ? (open ? a.phone : maskPhone(a.phone)) : '',
      };
    };
  }

  function candidateView(r: ResumeRow, who: { disclosed: boolean; displayName: string; phone: string }, attachment: FileMeta | undefined) {
    return {
      resumeId: r.id,
      displayName: who.displayName,
      phone: who.phone,
      disclosed: who.disclosed,
      gender: r.gender,
      age: r.birth_date ? ageOn(r.birth_date, todayInChina()) : null,
      city: r.city,
      educationLevel: r.education_level,
      yearsOfWork: r.years_of_work,
      experienceLevel: experienceLevelOf(r.years_of_work),
      jobStatus: r.job_status,
      introduction: r.introduction,
      intentions: intentionsOf(r),
      education: r.education,
      experience: r.experience,
      projects: r.projects,
      skills: r.skills,
      certificates: r.certificates,
      hasAvatar: who.disclosed && Boolean(r.avatar_file_id),
      attachment: fileInfo(attachment),
      updatedAt: iso(r.updated_at),
    };
  }

  const card = (r: ResumeRow, who: { disclosed: boolean; displayName: string; phone: string }): CandidateCard => ({
    resumeId: r.id,
    seekerId: r.user_id,
    displayName: who.displayName,
    phone: who.phone,
    disclosed: who.disclosed,
    city: r.city,
    educationLevel: r.education_level,
    experience: experienceLevelOf(r.years_of_work),
    intentions: r.intended_positions,
    updatedAt: iso(r.updated_at),
  });

  /** Cards for resumes the enterprise may see; each person shown unmasked is read through the door. */
  async function candidateCards(ctx: Ctx, enterpriseId: number, resumeIds: number[]): Promise<Map<number, CandidateCard>> {
    const actor = requireRecruiter(ctx);
    if ((await memberEnterprise(ctx.db, actor)) !== enterpriseId) throw new AppError('FORBIDDEN');
    return inTransaction(ctx, async (tx) => {
      const rows = await repo.findManyVisible(tx.db, enterpriseId, [...new Set(resumeIds)]);
      return cardsFor(tx, enterpriseId, rows);
    });
  }

  async function cardsFor(tx: Ctx, enterpriseId: number, rows: ResumeRow[]): Promise<Map<number, CandidateCard>> {
    const who = await identities(tx.db, enterpriseId, rows);
    const shownUnmasked = new Set<string>();
    const out = new Map<number, CandidateCard>();
    for (const r of rows) {
      const w = who(r);
      if (w.disclosed && !shownUnmasked.has(r.user_id)) {
        shownUnmasked.add(r.user_id);
        await access.read(
          tx,
          { subjectId: r.user_id, fields: ['name', 'phone'], purpose: CANDIDATE_CARD_PURPOSE, enterpriseId, action: 'list' },
          async () => undefined,
        );
      }
      out.set(r.id, card(r, w));
    }
    return out;
  }

  function encodeCursor(r: ResumeRow): string {
    return Buffer.from(`${iso(r.updated_at)}|${r.id}`).toString('base64url');
  }
  function decodeCursor(cursor: string | undefined): { updatedAt: Date; id: number } | null {
    if (!cursor) return null;
    const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
    const updatedAt = new Date(at ?? '');
    const n = Number(id);
    if (Number.isNaN(updatedAt.getTime()) || !Number.isInteger(n) || n < 1)
      throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'after', rule: 'format' }] });
    return { updatedAt, id: n };
  }

  /** A resume a recruiter may open, or not found: the same answer whether it is private, blocked or absent. */
  async function visibleForRecruiter(ctx: Ctx, resumeId: number) {
    const actor = requireRecruiter(ctx);
    const enterpriseId = await memberEnterprise(ctx.db, actor);
    const r = await repo.findVisible(ctx.db, enterpriseId, resumeId);
    if (!r) throw new AppError('RESUME_NOT_FOUND');
    return { enterpriseId, r };
  }

  async function blockList(db: Db, seekerId: string) {
    const rows = await repo.blocks(db, seekerId);
    return { items: rows.map((b) => ({ enterpriseId: b.enterprise_id, name: b.name, city: b.city, blockedAt: iso(b.created_at) })) };
  }

  return {
    candidateCards,

    // --- the seeker's own resumes ---------------------------------------------------------------

    async listMine(ctx: Ctx) {
      const me = requireSeeker(ctx);
      const rows = await repo.listOwn(ctx.db, me.userId);
      const meta = new Map(
        (
          await files.describe(
            ctx.db,
            rows.flatMap((r) => (r.attachment_file_id ? [r.attachment_file_id] : [])),
          )
        ).map((f) => [f.id, f]),
      );
      return {
        items: rows.map((r) => ({
          id: r.id,
          title: r.title,
          visibility: r.visibility,
          completeness: completeness(r),
          attachment: fileInfo(r.attachment_file_id ? meta.get(r.attachment_file_id) : undefined),
          updatedAt: iso(r.updated_at),
        })),
      };
    },

    /** A new resume, starting from what the account already knows (name, gender, birth date, city). */
    async create(ctx: Ctx, input: { title: string }) {
      const me = requireSeeker(ctx);
      const title = input.title.trim();
      if (!title) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'title', rule: 'required' }] });
      const id = await inTransaction(ctx, async (tx) => {
        // One seeker's creations are serialised on their account row, so the limit holds under races.
        await repo.lockAccount(tx.db, me.userId);
        if ((await repo.countOwn(tx.db, me.userId)).n >= MAX_RESUMES) throw new AppError('RESUME_LIMIT');
        const [account] = await repo.accounts(tx.db, [me.userId]);
        const row = await repo.insert(tx.db, me.userId, {
          title,
          real_name: '',
          gender: account?.gender ?? null,
          birth_date: account?.birth_date ?? null,
          city: account?.city ?? '',
        });
        await announce(tx.db, 'resume', { ids: [row.id] });
        return row.id;
      });
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async get(ctx: Ctx, id: number) {
      const me = requireSeeker(ctx);
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async save(ctx: Ctx, id: number, input: ResumeInput) {
      const me = requireSeeker(ctx);
      checkResumeInput(input);
      await inTransaction(ctx, async (tx) => {
        const res = await repo.update(tx.db, me.userId, id, toRow(input));
        if (!res.numUpdatedRows) throw new AppError('RESUME_NOT_FOUND');
        await announce(tx.db, 'resume', { ids: [id] });
      });
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async setVisibility(ctx: Ctx, id: number, visibility: Visibility) {
      const me = requireSeeker(ctx);
      await inTransaction(ctx, async (tx) => {
        const res = await repo.setVisibility(tx.db, me.userId, id, visibility);
        if (!res.numUpdatedRows) throw new AppError('RESUME_NOT_FOUND');
        await announce(tx.db, 'resume', { ids: [id] });
      });
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async remove(ctx: Ctx, id: number) {
      const me = requireSeeker(ctx);
      const keys = await inTransaction(ctx, async (tx) => {
        const r = await repo.lockOwn(tx.db, me.userId, id);
        if (!r) throw new AppError('RESUME_NOT_FOUND');
        const fileIds = [r.avatar_file_id, r.attachment_file_id].filter((f): f is string => Boolean(f));
        await repo.update(tx.db, me.userId, id, { avatar_file_id: null, attachment_file_id: null });
        const removed = await files.remove(tx.db, fileIds);
        await repo.delete(tx.db, me.userId, id);
        return removed;
      });
      await files.discard(keys);
      return { ok: true as const };
    },

    /** "Preview as a recruiter sees it": what an enterprise the seeker has not disclosed to sees. */
    async preview(ctx: Ctx, id: number) {
      const me = requireSeeker(ctx);
      const r = await own(ctx.db, me.userId, id);
      const who = (await identities(ctx.db, null, [r]))(r);
      const [attachment] = r.attachment_file_id ? await files.describe(ctx.db, [r.attachment_file_id]) : [];
      return candidateView(r, who, attachment);
    },

    async setFile(ctx: Ctx, id: number, which: 'attachment' | 'avatar', upload: Upload) {
      const me = requireSeeker(ctx);
      await own(ctx.db, me.userId, id);
      const column = which === 'attachment' ? 'attachment_file_id' : 'avatar_file_id';
      const keys = await files.storeWith(ctx, me.userId, [upload], async (tx, [file]) => {
        const r = await repo.lockOwn(tx.db, me.userId, id);
        if (!r || !file) throw new AppError('RESUME_NOT_FOUND');
        const previous = r[column];
        await repo.update(tx.db, me.userId, id, { [column]: file.id });
        return previous ? files.remove(tx.db, [previous]) : [];
      });
      await files.discard(keys);
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async removeFile(ctx: Ctx, id: number, which: 'attachment' | 'avatar') {
      const me = requireSeeker(ctx);
      const column = which === 'attachment' ? 'attachment_file_id' : 'avatar_file_id';
      const keys = await inTransaction(ctx, async (tx) => {
        const r = await repo.lockOwn(tx.db, me.userId, id);
        if (!r) throw new AppError('RESUME_NOT_FOUND');
        const previous = r[column];
        if (!previous) throw new AppError('ATTACHMENT_NOT_FOUND');
        await repo.update(tx.db, me.userId, id, { [column]: null });
        return files.remove(tx.db, [previous]);
      });
      await files.discard(keys);
      return resumeView(ctx.db, await own(ctx.db, me.userId, id));
    },

    async ownFile(ctx: Ctx, id: number, which: 'attachment' | 'avatar') {
      const me = requireSeeker(ctx);
      const r = await own(ctx.db, me.userId, id);
      const fileId = which === 'attachment' ? r.attachment_file_id : r.avatar_file_id;
      const file = fileId ? await files.read(ctx.db, fileId) : null;
      if (!file) throw new AppError('ATTACHMENT_NOT_FOUND');
      return { bytes: file.bytes, contentType: mimeTypes[file.kind], kind: file.kind };
    },

    // --- blocked companies ------------------------------------------------------------------------

    async blocks(ctx: Ctx) {
      return blockList(ctx.db, requireSeeker(ctx).userId);
    },

    async block(ctx: Ctx, enterpriseId: number) {
      const me = requireSeeker(ctx);
      await inTransaction(ctx, async (tx) => {
        if (!(await repo.enterpriseExists(tx.db, enterpriseId))) throw new AppError('ENTERPRISE_NOT_FOUND');
        if (await repo.isBlocked(tx.db, me.userId, enterpriseId)) return;
        if ((await repo.countBlocks(tx.db, me.userId)).n >= MAX_BLOCKS) throw new AppError('BLOCK_LIMIT');
        await repo.insertBlock(tx.db, me.userId, enterpriseId);
      });
      return blockList(ctx.db, me.userId);
    },

    async unblock(ctx: Ctx, enterpriseId: number) {
      const me = requireSeeker(ctx);
      const res = await repo.deleteBlock(ctx.db, me.userId, enterpriseId);
      if (!res.numDeletedRows) throw new AppError('ENTERPRISE_NOT_FOUND');
      return blockList(ctx.db, me.userId);
    },

    // --- recruiters -------------------------------------------------------------------------------

    async candidates(ctx: Ctx, q: { limit?: number | undefined; after?: string | undefined }) {
      const actor = requireRecruiter(ctx);
      const enterpriseId = await memberEnterprise(ctx.db, actor);
      const limit = q.limit ?? 20;
      const after = decodeCursor(q.after);
      return inTransaction(ctx, async (tx) => {
        const rows = await repo.pageVisible(tx.db, enterpriseId, limit + 1, after);
        const page = rows.slice(0, limit);
        const cards = await cardsFor(tx, enterpriseId, page);
        const last = page.at(-1);
        return {
          items: page.map((r) => {
            const { seekerId: _seeker, ...shown } = cards.get(r.id) as CandidateCard;
            return shown;
          }),
          next: rows.length > limit && last ? encodeCursor(last) : null,
        };
      });
    },

    /** A recruiter opens a resume: through the door, recorded for the seeker to see. */
    async openCandidate(ctx: Ctx, resumeId: number) {
      const { enterpriseId, r } = await visibleForRecruiter(ctx, resumeId);
      const disclosed = await disclosures.isDisclosed(ctx.db, r.user_id, enterpriseId);
      const fields = disclosed ? ['name', 'phone', 'resume'] : ['name.masked', 'phone.masked', 'resume'];
      return access.read(ctx, { subjectId: r.user_id, fields, purpose: RESUME_VIEW_PURPOSE, enterpriseId, action: 'view_resume' }, async (tx) => {
        const who = (await identities(tx.db, enterpriseId, [r]))(r);
        const [attachment] = r.attachment_file_id ? await files.describe(tx.db, [r.attachment_file_id]) : [];
        return candidateView(r, who, attachment);
      });
    },

    /** The attachment (anyone who may see the resume) or the photo (only after disclosure), through the door. */
    async candidateFile(ctx: Ctx, resumeId: number, which: 'attachment' | 'avatar') {
      const { enterpriseId, r } = await visibleForRecruiter(ctx, resumeId);
      const fileId = which === 'attachment' ? r.attachment_file_id : r.avatar_file_id;
      if (!fileId) throw new AppError('ATTACHMENT_NOT_FOUND');
      if (which === 'avatar' && !(await disclosures.isDisclosed(ctx.db, r.user_id, enterpriseId))) throw new AppError('ATTACHMENT_NOT_FOUND');
      const field = which === 'attachment' ? 'resumes.attachment_file_id' : 'resumes.avatar_file_id';
      return access.read(ctx, { subjectId: r.user_id, fields: [field], purpose: RESUME_VIEW_PURPOSE, enterpriseId, action: 'download' }, async (tx) => {
        const file = await files.read(tx.db, fileId);
        if (!file) throw new AppError('ATTACHMENT_NOT_FOUND');
        return { bytes: file.bytes, contentType: mimeTypes[file.kind], kind: file.kind };
      });
    },
  };
}

export type ResumesService = ReturnType<typeof buildResumesService>;

export function createResumesService(deps: CoreServices): ResumesService {
  const service = buildResumesService(deps);
  bound.service = service;
  return service;
}
