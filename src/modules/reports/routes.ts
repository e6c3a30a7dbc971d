import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';

export async function reportsRoutes(_app: App, _services: Services) {}
