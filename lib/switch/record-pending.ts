import type { Instance } from '../directory/schema';
import type { KeptPageStep } from './pending-switches';
import type { SwitchDeps } from './switch-deps';
import { originOf } from './switch-deps';

/**
 * Records the pending switch of a tab for `org`: its exact login origins (the only ones that get
 * the alias), its app origins (where it lands), and whether it signs in with the root email and
 * then picks the org in the selection window.
 */
export async function recordPending(
  deps: Pick<SwitchDeps, 'cache' | 'site' | 'pending'>,
  tabId: number,
  org: Instance,
  kept: KeptPageStep | null = null,
): Promise<void> {
  const { group } = await (await deps.cache()).readGroup();
  const site = (await deps.site?.()) ?? { loginOrigins: [], appHosts: [] };
  const { protocol, port } = new URL(org.appUrl);
  const appOrigins = site.appHosts.map((host) => `${protocol}//${host}${port ? `:${port}` : ''}`);
  const isRoot = group !== null && org.loginEmail.toLowerCase() === group.rootEmail.toLowerCase();
  await deps.pending.record(tabId, {
    orgId: org.orgId,
    orgName: org.name,
    loginEmail: org.loginEmail,
    loginUrl: org.loginUrl,
    loginOrigin: originOf(org.loginUrl),
    loginOrigins: unique([originOf(org.loginUrl), ...site.loginOrigins]),
    appOrigin: originOf(org.appUrl),
    appOrigins: unique([originOf(org.appUrl), ...appOrigins]),
    via: isRoot ? 'root' : 'alias',
    pickedAt: null,
    landedAt: null,
    kept,
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
