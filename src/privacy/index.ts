export { type AccessDoor, type AccessRequest, createAccessDoor, type PurposeRule } from './access.js';
export { type AuditLog, createAuditLog, type VerifyResult } from './audit.js';
export { createFieldCipher, type FieldCipher, ShreddedError } from './cipher.js';
export { type ConsentPurpose, type ConsentService, createConsentService, type PolicyVersion, stateFromLedger, TERMS } from './consent.js';
export { privacyInventory } from './data.js';
export { declareTables, noPi, type PiColumn, type TableDeclaration } from './inventory.js';
export { addKeyToFile, type KeyRing, loadKeyRing, parseKeyRing } from './keyring.js';
export {
  addWorkingDays,
  type CancellationView,
  createRightsService,
  type ErasureReport,
  type ExportDocument,
  erasurePlan,
  type RequestView,
  type RightsService,
  rightsRoutes,
  type SweepResult,
  subjectIsRestricted,
} from './rights/index.js';
