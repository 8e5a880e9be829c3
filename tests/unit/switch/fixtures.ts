import type { Cookie } from '../../../lib/switch/cookie-jar';
import type { InstanceGroup } from '../../../lib/directory/schema';

/** The sandbox app origin the switch tests' orgs live on. */
export const APP = 'http://app.outreach.localhost:8790';

/** An org of jane's group: the root login for `tag === ''` (production, primary), else staging. */
export const org = (orgId: string, name: string, tag: string) => ({
  orgId,
  name,
  tag,
  loginEmail: tag ? `jane.doe+${tag}@acme.test` : 'jane.doe@acme.test',
  environment: tag ? ('staging' as const) : ('production' as const),
  isPrimary: !tag,
  appUrl: `${APP}/`,
  loginUrl: `${APP}/login`,
});

/** Jane's two-org group (Acme Production on the root login, Acme Staging on `+staging`). */
export const group: InstanceGroup = {
  instanceGroupId: 'ig_acme_7f3a',
  rootEmail: 'jane.doe@acme.test',
  crossInstanceSso: 'enabled',
  role: 'admin',
  source: 'directory',
  instances: [org('prod', 'Acme Production', ''), org('stg', 'Acme Staging', 'staging')],
  dropped: [],
  fetchedAt: 0,
};

/** The sandbox app's session cookie holding `value`, in cookie store `storeId` (Chrome's default: '0'). */
export const sessionCookie = (value: string, storeId = '0'): Cookie => ({
  name: 'outreach_session',
  value,
  domain: 'app.outreach.localhost',
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: true,
  sameSite: 'lax',
  session: true,
  storeId,
});
