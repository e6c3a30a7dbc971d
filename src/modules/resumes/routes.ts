import type { App } from '../../platform/http/types.js';
import type { Services } from '../../platform/services.js';

export async function resumesRoutes(_app: App, _services: Services) {}
