// The baseline for `pnpm bench`: a bare node:http server that answers every request with the same
// one-statement session read the app makes (no framework, no rendering). PORT, DATABASE_URL, TOKEN.
import { createServer } from 'node:http';
import { selectSessionByToken } from '@kit/better-auth/session-query';
import { createDatabase } from '@kit/database';

const { db } = createDatabase({ url: process.env.DATABASE_URL, maxConnections: 10 });
const token = process.env.TOKEN ?? '';

createServer(async (_request, response) => {
  const row = await selectSessionByToken(db, token);
  response.writeHead(row ? 200 : 401, { 'content-type': 'application/json' });
  response.end(JSON.stringify(row ? { userId: row.user.id, organizations: row.organizations.length } : null));
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
