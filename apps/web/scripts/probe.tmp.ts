import { createBenchEnvironment } from './lib/bench-environment';
import { firstLoad } from './lib/first-load';

const env = await createBenchEnvironment();
try {
  const app = await env.startApp();
  console.log('cold', app.coldStartMs);
  const html = await fetch(app.baseUrl + '/').then((r) => r.text());
  const fl = firstLoad(html);
  console.log('/', fl.gzipBytes, fl.files);
  const r = await fetch(app.baseUrl + '/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: app.baseUrl },
    body: JSON.stringify({ email: env.user.email, password: env.user.password }),
  });
  const cookie = r.headers
    .getSetCookie()
    .map((v) => v.split(';')[0])
    .join('; ');
  const before = env.statements();
  const dh = await fetch(app.baseUrl + '/dashboard', { headers: { cookie } }).then((r) => r.text());
  await new Promise((r) => setTimeout(r, 300));
  console.log('dashboard statements', env.statements() - before);
  const fd = firstLoad(dh);
  console.log('/dashboard', fd.gzipBytes, fd.files);
  await app.stop();
} finally {
  await env.close();
}
