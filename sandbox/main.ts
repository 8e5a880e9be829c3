/** `npm run sandbox`: the local stand-in for Outreach and its identity provider. */
import { DEFAULT_PORT, startSandbox } from './server';
import { describeSandbox } from './banner';

const port = Number(process.env.SANDBOX_PORT ?? DEFAULT_PORT);
const extraOrgs = Number(process.env.SANDBOX_ORGS ?? 0);
const quiet = process.env.SANDBOX_QUIET === '1';

if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid SANDBOX_PORT: ${port}`);
if (!Number.isInteger(extraOrgs) || extraOrgs < 0) throw new Error(`Invalid SANDBOX_ORGS: ${extraOrgs}`);

const sandbox = await startSandbox({ port, extraOrgs, log: !quiet });
if (!quiet) console.log(describeSandbox(sandbox));

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
