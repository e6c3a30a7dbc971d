import { createHash } from 'node:crypto';
import type { PolicyVersion } from './consent.js';
import type { TableDeclaration } from './inventory.js';

const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * The version of the policy a consent refers to. `materialHash` covers only what is material to
 * consent — purposes, categories, sensitivity, third parties and the consent purposes offered — so
 * rewording the published text never asks anyone again, while a new purpose or category does.
 */
export function policyVersionOf(inventory: TableDeclaration[], consentPurposes: string[], publishedHash?: string): PolicyVersion {
  const material = inventory
    .flatMap((t) =>
      Object.entries(t.columns).flatMap(([column, c]) =>
        c.pi
          ? [
              {
                item: `${t.table}.${column}`,
                category: c.category,
                sensitive: c.sensitive,
                purposes: c.purposes.map((p) => p.zh).sort(),
                thirdParties: [...c.thirdParties].sort(),
              },
            ]
          : [],
      ),
    )
    .sort((a, b) => a.item.localeCompare(b.item));
  const materialHash = sha({ material, consentPurposes: [...consentPurposes].sort() });
  return { hash: publishedHash ?? sha(inventory), materialHash };
}
