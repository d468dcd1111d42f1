// Preloaded with `node --import`: appends the URL of every module the process loads, one a line, to the
// file named by MODULE_LOAD_LOG (start-path.test.ts reads what a request made the server load).
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

const logFile = process.env.MODULE_LOAD_LOG;
if (logFile) {
  registerHooks({
    load(url, context, nextLoad) {
      appendFileSync(logFile, `${url}\n`);
      return nextLoad(url, context);
    },
  });
}
