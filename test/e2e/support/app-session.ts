// One browser session on the built app for a test file: serve dist-app/, open chromium
// at the app, and close both afterwards.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSession, type Session } from './browser.js';
import { serveStatic, type StaticServer } from './static-server.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface AppSession extends Session {
  readonly server: StaticServer;
  /** Closes the browser, then the server. */
  stop(): Promise<void>;
}

export async function startApp(): Promise<AppSession> {
  const server = await serveStatic(join(ROOT, 'dist-app'));
  const session = await openSession(server.url.replace(/\/$/, ''));
  await session.page.goto(server.url);
  await session.page.waitForSelector('#scenario-select option', { state: 'attached' });
  return {
    ...session,
    server,
    async stop() {
      await session.close();
      await server.close();
    },
  };
}
