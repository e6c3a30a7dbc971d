import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventory } from '../modules/index.js';
import { createTestApp, type TestApp } from '../test/app.js';
import { authed, buildUser, cookiesOf, type SignedIn } from '../test/factories.js';
import type { Viewer } from './inventory.js';

/**
 * Property: whatever sequence of requests several people in different roles make, no response
 * ever carries another person's personal information unless the inventory lets that viewer see it.
 */
interface Person extends SignedIn {
  role: 'seeker' | 'recruiter' | 'operator';
  values: { column: string; value: string }[];
}

let t: TestApp;
const people: Person[] = [];

function visibleTo(column: string): Viewer[] {
  const table = inventory.find((d) => d.table === 'users');
  const c = table?.columns[column];
  return c?.pi ? c.visibleTo : [];
}

const names = ['甲一鸣', '乙二郎', '丙三娘', '丁四海', '戊五岳'];

beforeAll(async () => {
  t = await createTestApp();
  for (let i = 0; i < 4; i++) {
    const role = i === 3 ? 'recruiter' : 'seeker';
    const birthDate = `19${80 + i}-0${i + 1}-1${i}`;
    const u = await buildUser(t.app, { role, displayName: names[i] as string, birthDate });
    const values = [
      { column: 'phone_enc', value: u.phone },
      { column: 'phone_enc', value: `${u.phone.slice(0, 3)}****${u.phone.slice(-4)}` },
      { column: 'display_name', value: names[i] as string },
    ];
    if (role === 'seeker') values.push({ column: 'birth_date', value: birthDate });
    people.push({ ...u, role, values });
  }
  await t.services.accounts.createOperator(t.db, { phone: '13500000009', password: 'operator2026', displayName: names[4] as string });
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/password', payload: { phone: '13500000009', password: 'operator2026' } });
  const cookies = cookiesOf(res);
  people.push({
    phone: '13500000009',
    userId: res.json().user.id,
    cookies,
    csrf: cookies.renhe_csrf as string,
    res,
    role: 'operator',
    values: [
      { column: 'phone_enc', value: '13500000009' },
      { column: 'display_name', value: names[4] as string },
    ],
  });
});
afterAll(async () => {
  await t?.close();
});

type Op = 'account' | 'sessions' | 'accessLog' | 'consents' | 'history' | 'jobs' | 'adminView' | 'patch';

async function perform(viewer: Person, op: Op, target: Person) {
  const auth = authed(viewer);
  switch (op) {
    case 'account':
      return t.app.inject({ method: 'GET', url: '/api/account', ...auth });
    case 'sessions':
      return t.app.inject({ method: 'GET', url: '/api/account/sessions', ...auth });
    case 'accessLog':
      return t.app.inject({ method: 'GET', url: '/api/privacy/access-log', ...auth });
    case 'consents':
      return t.app.inject({ method: 'GET', url: '/api/privacy/consents', ...auth });
    case 'history':
      return t.app.inject({ method: 'GET', url: '/api/privacy/consents/history', ...auth });
    case 'jobs':
      return t.app.inject({ method: 'GET', url: '/api/jobs?limit=5' });
    case 'adminView':
      return t.app.inject({ method: 'POST', url: `/api/admin/accounts/${target.userId}/view`, payload: { reason: '核查账号' }, ...auth });
    case 'patch':
      return t.app.inject({ method: 'PATCH', url: '/api/account', payload: { city: '杭州' }, ...auth });
  }
}

describe('personal information reaches only those the inventory allows', () => {
  it('holds for random sequences of requests by seekers, a recruiter and an operator', async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 4 }),
            fc.constantFrom<Op>('account', 'sessions', 'accessLog', 'consents', 'history', 'jobs', 'adminView', 'patch'),
            fc.integer({ min: 0, max: 4 }),
          ),
          { minLength: 1, maxLength: 10 },
        ),
        async (ops) => {
          for (const [v, op, g] of ops) {
            const viewer = people[v] as Person;
            const target = people[g] as Person;
            const res = await perform(viewer, op, target);
            const body = res.body;
            for (const other of people) {
              if (other === viewer) continue;
              for (const { column, value } of other.values) {
                const allowed =
                  op === 'adminView' &&
                  other === target &&
                  res.statusCode === 200 &&
                  visibleTo(column).includes(viewer.role === 'operator' ? 'operator' : 'public');
                if (!allowed) expect(body, `${viewer.role} ${op} leaked ${column} of another person`).not.toContain(value);
                checked += 1;
              }
            }
          }
        },
      ),
      { numRuns: 25 },
    );
    expect(checked).toBeGreaterThan(200);
  });

  it('lets the operator see exactly what the inventory allows operators to see', async () => {
    const seeker = people[0] as Person;
    const operator = people[4] as Person;
    const res = await perform(operator, 'adminView', seeker);
    expect(res.statusCode).toBe(200);
    for (const { column, value } of seeker.values) {
      if (visibleTo(column).includes('operator') && !value.includes('*')) expect(res.body).toContain(value);
    }
  });
});
