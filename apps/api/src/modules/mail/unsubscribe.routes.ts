// RFC 8058 one-click unsubscribe: POST /api/unsubscribe/:token unsubscribes without a session (mail clients call it);
// GET only shows a page with a button that posts, so link scanners that follow URLs unsubscribe nobody.
import express, { type Router } from 'express';
import type { AppServices } from '../../graphql/context.ts';
import { CampaignSendRepository } from './campaign-send.repository.ts';

const TOKEN = /^[0-9a-f]{64}$/;

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>Unsubscribe</title></head><body style="font-family:sans-serif;max-width:32rem;margin:3rem auto">${body}</body></html>`;

export function unsubscribeRoutes(services: Pick<AppServices, 'db'>): Router {
  const router = express.Router();
  router.get('/api/unsubscribe/:token', (req, res) => {
    if (!TOKEN.test(req.params.token)) return void res.status(404).type('html').send(page('<p>Unknown link.</p>'));
    res
      .type('html')
      .send(
        page(
          `<p>Stop receiving these e-mails?</p><form method="post"><button type="submit">Unsubscribe</button></form>`,
        ),
      );
  });
  router.post('/api/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    const known =
      TOKEN.test(req.params.token) && (await new CampaignSendRepository(services.db).unsubscribe(req.params.token));
    if (!known) return void res.status(404).type('text').send('Unknown link');
    res.type('html').send(page('<p>You are unsubscribed. You will not receive these e-mails again.</p>'));
  });
  return router;
}
