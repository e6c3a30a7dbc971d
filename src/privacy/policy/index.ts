export { escapeHtml } from './html.js';
export { categoryLabels, formatRetention } from './labels.js';
export { hashBody, type RenderedDocument, renderAll, renderDocument, type SiteFacts } from './render.js';
export { policyApiRoutes, policyPages } from './routes.js';
export { createPolicyService, type PolicyService, policySiteFacts } from './service.js';
export type { PolicyDocument } from './tables.js';
