// GET /api/notifications/stream: the logged-in user's server-sent-events stream (session cookie or API token).
import { Router } from 'express';
import { authenticate } from '../../auth/authenticate.ts';
import type { AppServices } from '../../graphql/context.ts';

export function notificationRoutes(services: AppServices): Router {
  const router = Router();
  router.get('/api/notifications/stream', async (req, res) => {
    const auth = await authenticate(services.db, services.jwtSecret, req, services.viewerCache).catch(() => null);
    if (auth?.kind !== 'viewer') {
      res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Not logged in' } });
      return;
    }
    services.notificationHub.subscribe(auth.viewer.user.id, res);
  });
  return router;
}
