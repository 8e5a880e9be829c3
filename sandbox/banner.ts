/** The start-up text of `npm run sandbox`: every URL and every account with its password. */
import { BENCH_ROOT } from './fixtures';
import { localOutreachOrigins } from './outreach/hosts';
import type { RunningSandbox } from './server';

/** Outreach mode's origins on the sandbox's port. */
function outreachOrigins(origins: RunningSandbox['origins']) {
  return localOutreachOrigins(Number(new URL(origins.app).port));
}

export function describeSandbox(sandbox: Pick<RunningSandbox, 'origins' | 'seed'>): string {
  const { origins, seed } = sandbox;
  const lines = [
    'Cross-Instance Sign-in sandbox',
    '',
    `  Outreach app      ${origins.app}/login`,
    `  Accounts (OIDC)   ${origins.accounts}/.well-known/openid-configuration`,
    `  Directory API     ${origins.api}/cross-instance/v1/instance-group`,
    `  Acme SSO (IdP)    ${origins.idp}/.well-known/openid-configuration`,
    `  Test pages        ${origins.evil}/  ${origins.evil}/frame  ${origins.evilOutreach}/  ${origins.app}/login?variant=hidden`,
    `  Health / faults   ${origins.app}/__sandbox/health  ${origins.app}/__sandbox/faults`,
    '',
    '  Outreach mode (sandbox/OUTREACH-MODE.md; switches at /__sandbox/outreach):',
    `    App             ${outreachOrigins(origins).web}/`,
    `    Login           ${outreachOrigins(origins).login}/`,
    `    Legacy Devise   ${outreachOrigins(origins).accounts}/users/sign_in`,
    `    Acme SSO (SAML) ${outreachOrigins(origins).idp}/saml/sso`,
    '',
    '  Accounts (login → org, role, how to sign in):',
  ];
  for (const login of seed.logins) {
    if (login.email.startsWith('bench+')) continue;
    const org = seed.orgs.find((o) => o.orgId === login.orgId);
    const domain = login.email.split('@')[1] ?? '';
    const root = login.email.replace(/\+[^@]*@/, '@');
    const how =
      seed.domains[domain] === 'sso'
        ? `SSO at Acme SSO as ${root} / ${seed.idpUsers[root]?.password ?? '?'}`
        : `password ${seed.passwords[login.email] ?? seed.passwords[root] ?? '?'}`;
    lines.push(
      `    ${login.email.padEnd(30)} ${(org?.name ?? login.orgId).padEnd(20)} ${login.role.padEnd(6)} ${how}`,
    );
  }
  const bench = seed.logins.filter((l) => l.email.startsWith('bench+')).length;
  if (bench) lines.push(`    … and ${bench} more bench+orgNNNN@bench.test logins of ${BENCH_ROOT}`);
  lines.push('');
  lines.push('  Groups:');
  for (const group of seed.groups) {
    lines.push(
      `    ${group.instanceGroupId.padEnd(16)} root ${group.rootEmail.padEnd(22)} ${group.crossInstanceSso.padEnd(9)} ${group.members.length} orgs`,
    );
  }
  return lines.join('\n');
}
