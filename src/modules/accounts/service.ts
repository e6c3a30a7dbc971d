import { randomInt, randomUUID } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Actor, Ctx } from '../../platform/context.js';
import { inTransaction } from '../../platform/context.js';
import { keyedHash, randomToken, safeEqual } from '../../platform/crypto.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { AccessDoor, ConsentService, FieldCipher } from '../../privacy/index.js';
import { assertAgeForRole, assertSeekerAge } from './age.js';
import { maskPhone, normalisePhone } from './phone.js';
import { accountsRepository as repo } from './repository.js';
import type { SmsSender } from './sms.js';
import type { Gender, Role } from './tables.js';

export interface AccountsSettings {
  smsCodeTtlSeconds: number;
  smsResendSeconds: number;
  smsDailyPerPhone: number;
  smsDailyPerIp: number;
  smsMaxAttempts: number;
  passwordMaxFailures: number;
  sessionDays: number;
}

export interface AccountsDeps {
  settings: AccountsSettings;
  secret: Buffer;
  sms: SmsSender;
  cipher: FieldCipher;
  access: AccessDoor;
  consent: ConsentService;
}

export interface NewUser {
  phone: string;
  role: Role;
  displayName: string;
  birthDate: string | null;
  gender?: Gender | null;
  city?: string | null;
  passwordHash?: string | null;
}

export interface Profile {
  id: string;
  role: Role;
  displayName: string;
  phoneMasked: string;
  birthDate: string | null;
  gender: Gender | null;
  city: string | null;
  hasPassword: boolean;
  createdAt: string;
}

export interface NewSession {
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

const DAY_MS = 86_400_000;
const PASSWORD_WINDOW_MS = 15 * 60_000;
// A valid argon2id hash of a random string: verifying against it when the number has no password
// makes "unknown number" and "wrong password" take the same time.
let dummyHash: Promise<string> | undefined;

export function passwordIsStrong(pw: string): boolean {
  return pw.length >= 8 && pw.length <= 128 && /[A-Za-z]/.test(pw) && /\d/.test(pw);
}

export function createAccountsService(deps: AccountsDeps) {
  const { settings, secret, sms, cipher, access, consent } = deps;

  access.definePurpose('operations.support', {
    description: { zh: '平台运营人员处理账号问题或投诉', en: 'Platform operators handling an account issue or complaint' },
    requiresReason: true,
    allowed: (actor) => actor.role === 'operator',
  });
  const phoneHash = (phone: string) => keyedHash(secret, 'phone', phone);
  const codeHash = (phone: string, code: string) => keyedHash(secret, 'sms-code', `${phone}:${code}`);
  const tokenHash = (token: string) => keyedHash(secret, 'session', token);
  const csrfFor = (token: string) => keyedHash(secret, 'csrf', token);

  function requirePhone(input: string): string {
    const phone = normalisePhone(input);
    if (!phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
    return phone;
  }

  function requireActor(ctx: Ctx): Actor {
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    return ctx.actor;
  }

  /**
   * Checks a code. A wrong entry is counted in its own committed write (so rolling back the
   * caller's transaction cannot undo it); a right one is returned for the caller to consume.
   */
  async function checkCode(db: Db, phone: string, code: string): Promise<string> {
    const live = await repo.findLiveCode(db, phoneHash(phone), settings.smsMaxAttempts);
    if (!live) throw new AppError('CODE_INVALID', { field: 'code' });
    if (!safeEqual(live.code_hash, codeHash(phone, code))) {
      await repo.countWrongAttempt(db, live.id);
      throw new AppError('CODE_INVALID', { field: 'code' });
    }
    return live.id;
  }

  async function startSession(db: Db, userId: string, userAgent: string | undefined): Promise<NewSession> {
    const token = randomToken();
    const maxAgeSeconds = settings.sessionDays * 86_400;
    await repo.insertSession(db, {
      user_id: userId,
      token_hash: tokenHash(token),
      user_agent: userAgent ? userAgent.slice(0, 400) : null,
      expires_at: new Date(Date.now() + maxAgeSeconds * 1000),
    });
    return { token, csrfToken: csrfFor(token), maxAgeSeconds };
  }

  /** The one way an account is created: the number encrypted under the person's own data key. */
  async function createUser(db: Db, user: NewUser): Promise<string> {
    const id = randomUUID();
    await repo.insertUser(db, {
      id,
      phone_enc: await cipher.encrypt(db, id, user.phone),
      phone_index: phoneHash(user.phone),
      role: user.role,
      display_name: user.displayName,
      birth_date: user.birthDate,
      gender: user.gender ?? null,
      city: user.city ?? null,
      password_hash: user.passwordHash ?? null,
    });
    return id;
  }

  async function profile(db: Db, userId: string): Promise<Profile> {
    const u = await repo.findUserById(db, userId);
    if (!u) throw new AppError('UNAUTHENTICATED');
    const [phone] = await cipher.decryptMany(db, [{ subjectId: u.id, ciphertext: u.phone_enc }]);
    return {
      id: u.id,
      role: u.role,
      displayName: u.display_name,
      phoneMasked: phone ? maskPhone(phone) : '***',
      birthDate: u.birth_date,
      gender: u.gender,
      city: u.city,
      hasPassword: Boolean(u.has_password),
      createdAt: new Date(u.created_at).toISOString(),
    };
  }

  return {
    /** Sends a sign-in/sign-up code. Answers the same whether or not the number has an account. */
    async sendCode(ctx: Ctx, input: { phone: string }): Promise<{ resendAfterSeconds: number }> {
      const phone = requirePhone(input.phone);
      const ph = phoneHash(phone);
      const ih = keyedHash(secret, 'ip', ctx.ip);
      await inTransaction(ctx, async (tx) => {
        await repo.lockPhone(tx.db, ph);
        const last = await repo.lastCodeSentAt(tx.db, ph);
        if (last) {
          const waited = (Date.now() - new Date(last.created_at).getTime()) / 1000;
          if (waited < settings.smsResendSeconds) {
            throw new AppError('SMS_TOO_SOON', { retryAfterSeconds: Math.ceil(settings.smsResendSeconds - waited) });
          }
        }
        const since = new Date(Date.now() - DAY_MS);
        const [byPhone, byIp] = [await repo.countCodesSince(tx.db, 'phone_hash', ph, since), await repo.countCodesSince(tx.db, 'ip_hash', ih, since)];
        if (byPhone.n >= settings.smsDailyPerPhone || byIp.n >= settings.smsDailyPerIp) throw new AppError('SMS_DAILY_LIMIT');
        const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
        await repo.retireCodes(tx.db, ph);
        await repo.insertCode(tx.db, {
          phone_hash: ph,
          ip_hash: ih,
          code_hash: codeHash(phone, code),
          expires_at: new Date(Date.now() + settings.smsCodeTtlSeconds * 1000),
        });
        const minutes = Math.round(settings.smsCodeTtlSeconds / 60);
        await sms.send(tx.db, { phone, phoneHash: ph, body: `【人和】您的验证码是 ${code}，${minutes} 分钟内有效。请勿告诉他人。` });
      });
      ctx.log.info({ event: 'sms_code_sent', adapter: sms.name }, 'verification code sent');
      return { resendAfterSeconds: settings.smsResendSeconds };
    },

    /**
     * Signs in with a code. For a number without an account the code is confirmed but kept, and
     * the caller is told to finish registration with it.
     */
    async loginWithCode(ctx: Ctx, input: { phone: string; code: string }): Promise<{ userId: string; session: NewSession } | null> {
      const phone = requirePhone(input.phone);
      const codeId = await checkCode(ctx.db, phone, input.code);
      const user = await repo.findUserIdByPhoneIndex(ctx.db, phoneHash(phone));
      if (!user) return null;
      if (user.status !== 'active') throw new AppError('FORBIDDEN');
      return inTransaction(ctx, async (tx) => {
        const used = await repo.useCode(tx.db, codeId);
        if (!used.numUpdatedRows) throw new AppError('CODE_INVALID', { field: 'code' });
        return { userId: user.id, session: await startSession(tx.db, user.id, ctx.userAgent) };
      });
    },

    async register(
      ctx: Ctx,
      input: { phone: string; code: string; role: Role; displayName: string; birthDate?: string | undefined; acceptTerms: boolean },
    ): Promise<{ userId: string; session: NewSession }> {
      const phone = requirePhone(input.phone);
      if (input.acceptTerms !== true) throw new AppError('TERMS_NOT_ACCEPTED', { field: 'acceptTerms' });
      if (input.role !== 'seeker' && input.role !== 'recruiter') throw new AppError('ROLE_NOT_ALLOWED', { field: 'role' });
      const displayName = input.displayName.trim();
      if (!displayName) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'displayName', rule: 'required' }] });
      if (input.role === 'seeker') {
        if (!input.birthDate) throw new AppError('BIRTH_DATE_REQUIRED', { field: 'birthDate' });
        assertSeekerAge(input.birthDate);
      }
      // Validate everything before touching the code, so a form mistake does not burn it.
      const codeId = await checkCode(ctx.db, phone, input.code);
      return inTransaction(ctx, async (tx) => {
        if (await repo.findUserIdByPhoneIndex(tx.db, phoneHash(phone))) throw new AppError('PHONE_ALREADY_REGISTERED');
        const used = await repo.useCode(tx.db, codeId);
        if (!used.numUpdatedRows) throw new AppError('CODE_INVALID', { field: 'code' });
        const id = await createUser(tx.db, {
          phone,
          role: input.role,
          displayName,
          birthDate: input.role === 'seeker' ? (input.birthDate ?? null) : null,
        });
        // The ticked box is recorded with the policy version shown, in the same transaction.
        await consent.recordSignUp(tx.db, id, ctx.requestId);
        tx.log.info({ event: 'account_registered', userId: id, role: input.role }, 'account registered');
        return { userId: id, session: await startSession(tx.db, id, ctx.userAgent) };
      });
    },

    async loginWithPassword(ctx: Ctx, input: { phone: string; password: string }): Promise<{ userId: string; session: NewSession }> {
      const phone = requirePhone(input.phone);
      const key = keyedHash(secret, 'password-failures', phone);
      const recent = await repo.countFailuresSince(ctx.db, key, new Date(Date.now() - PASSWORD_WINDOW_MS));
      if (recent.n >= settings.passwordMaxFailures) throw new AppError('TOO_MANY_ATTEMPTS');
      const user = await repo.findCredentialsByPhoneIndex(ctx.db, phoneHash(phone));
      dummyHash ??= argonHash(randomToken());
      const ok = await argonVerify(user?.password_hash ?? (await dummyHash), input.password);
      if (!user?.password_hash || !ok || user.status !== 'active') {
        await repo.insertFailure(ctx.db, key);
        throw new AppError('CREDENTIALS_INVALID');
      }
      return { userId: user.id, session: await startSession(ctx.db, user.id, ctx.userAgent) };
    },

    /** Resolves a session cookie to the acting user; refreshes last-seen at most once a minute. */
    async authenticate(db: Db, token: string): Promise<Actor | null> {
      const row = await repo.findLiveSessionByTokenHash(db, tokenHash(token));
      if (!row) return null;
      if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
        await repo.touchSession(db, row.id, new Date(Date.now() + settings.sessionDays * DAY_MS));
      }
      return { userId: row.user_id, role: row.role, sessionId: row.id };
    },

    csrfMatches(sessionToken: string, presented: string | undefined): boolean {
      return presented !== undefined && safeEqual(csrfFor(sessionToken), presented);
    },

    csrfFor,

    profileOf: profile,

    async logout(ctx: Ctx): Promise<void> {
      const actor = requireActor(ctx);
      await repo.revokeSession(ctx.db, actor.userId, actor.sessionId);
    },

    async getProfile(ctx: Ctx): Promise<Profile> {
      return profile(ctx.db, requireActor(ctx).userId);
    },

    async updateProfile(
      ctx: Ctx,
      patch: { displayName?: string | undefined; birthDate?: string | null | undefined; gender?: Gender | null | undefined; city?: string | null | undefined },
    ): Promise<Profile> {
      const actor = requireActor(ctx);
      const change: Parameters<typeof repo.updateUser>[2] = {};
      if (patch.displayName !== undefined) {
        const name = patch.displayName.trim();
        if (!name) throw new AppError('VALIDATION_FAILED', { fields: [{ field: 'displayName', rule: 'required' }] });
        change.display_name = name;
      }
      if (patch.birthDate !== undefined) {
        if (patch.birthDate === null && actor.role === 'seeker') throw new AppError('BIRTH_DATE_REQUIRED', { field: 'birthDate' });
        if (patch.birthDate !== null) assertAgeForRole(actor.role, patch.birthDate);
        change.birth_date = patch.birthDate;
      }
      if (patch.gender !== undefined) change.gender = patch.gender;
      if (patch.city !== undefined) change.city = patch.city?.trim() || null;
      if (Object.keys(change).length) await repo.updateUser(ctx.db, actor.userId, change);
      return profile(ctx.db, actor.userId);
    },

    async setPassword(ctx: Ctx, input: { currentPassword?: string | undefined; newPassword: string }): Promise<void> {
      const actor = requireActor(ctx);
      if (!passwordIsStrong(input.newPassword)) throw new AppError('PASSWORD_WEAK', { field: 'newPassword' });
      const row = await repo.findPasswordHash(ctx.db, actor.userId);
      if (row?.password_hash) {
        if (!input.currentPassword || !(await argonVerify(row.password_hash, input.currentPassword))) {
          throw new AppError('PASSWORD_WRONG', { field: 'currentPassword' });
        }
      }
      await repo.updateUser(ctx.db, actor.userId, { password_hash: await argonHash(input.newPassword) });
    },

    async listSessions(ctx: Ctx) {
      const actor = requireActor(ctx);
      const rows = await repo.listLiveSessions(ctx.db, actor.userId);
      return rows.map((r) => ({
        id: r.id,
        userAgent: r.user_agent,
        createdAt: new Date(r.created_at).toISOString(),
        lastSeenAt: new Date(r.last_seen_at).toISOString(),
        current: r.id === actor.sessionId,
      }));
    },

    async revokeSession(ctx: Ctx, sessionId: string): Promise<void> {
      const actor = requireActor(ctx);
      const res = await repo.revokeSession(ctx.db, actor.userId, sessionId);
      if (!res.numUpdatedRows) throw new AppError('SESSION_NOT_FOUND');
    },

    /** An operator looks at one account, through the access door, with a stated reason. */
    async viewAccountAsOperator(ctx: Ctx, userId: string, reason: string) {
      const fields = ['phone', 'display_name', 'birth_date', 'gender', 'city', 'role', 'status', 'created_at'];
      return access.read(ctx, { subjectId: userId, fields, purpose: 'operations.support', reason }, async (tx) => {
        const u = await repo.findUserById(tx.db, userId);
        if (!u) throw new AppError('NOT_FOUND');
        const [phone] = await cipher.decryptMany(tx.db, [{ subjectId: u.id, ciphertext: u.phone_enc }]);
        return {
          id: u.id,
          role: u.role,
          status: u.status,
          displayName: u.display_name,
          phone: phone ?? null,
          birthDate: u.birth_date,
          gender: u.gender,
          city: u.city,
          createdAt: new Date(u.created_at).toISOString(),
        };
      });
    },

    /** Development only: the texts the outbox adapter "sent" to this number in the last 10 minutes. */
    async readOutbox(ctx: Ctx, input: { phone: string }) {
      const phone = requirePhone(input.phone);
      const rows = await repo.outboxFor(ctx.db, phoneHash(phone), new Date(Date.now() - 10 * 60_000));
      return rows.map((r) => ({ id: r.id, body: r.body, createdAt: new Date(r.created_at).toISOString() }));
    },

    /** Creates an operator account (command line only). */
    async createOperator(db: Db, input: { phone: string; password: string; displayName: string }): Promise<string> {
      const phone = requirePhone(input.phone);
      if (!passwordIsStrong(input.password)) throw new AppError('PASSWORD_WEAK', { field: 'password' });
      if (await repo.findUserIdByPhoneIndex(db, phoneHash(phone))) throw new AppError('PHONE_ALREADY_REGISTERED');
      return createUser(db, { phone, role: 'operator', displayName: input.displayName, birthDate: null, passwordHash: await argonHash(input.password) });
    },

    /** Demo data only: seeker accounts without password, signed in to by SMS code like anyone else. */
    /** Creates the demo seekers; answers their ids in the order given. */
    async createDemoSeekers(db: Db, seekers: { phone: string; displayName: string; birthDate: string; gender: Gender; city: string }[]): Promise<string[]> {
      const rows = seekers.map((s) => ({ ...s, id: randomUUID() }));
      const phones = await cipher.encryptMany(
        db,
        rows.map((r) => ({ subjectId: r.id, plaintext: r.phone })),
      );
      await repo.insertUsers(
        db,
        rows.map((r, i) => ({
          id: r.id,
          phone_enc: phones[i] as string,
          phone_index: phoneHash(r.phone),
          role: 'seeker' as const,
          display_name: r.displayName,
          birth_date: r.birthDate,
          gender: r.gender,
          city: r.city,
        })),
      );
      return rows.map((r) => r.id);
    },

    phoneHash,
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
