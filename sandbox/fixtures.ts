/**
 * Seed data of the sandbox: orgs, Outreach logins, instance groups, and the identity provider's
 * users. Documented in sandbox/README.md; keep the two in step.
 */

/** The fixed set of environments the sandbox uses for orgs. */
export const ENVIRONMENTS = ['production', 'sandbox', 'staging', 'test', 'development'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export type CrossInstanceSso = 'enabled' | 'requested' | 'disabled';
export type Role = 'admin' | 'user';

export interface Org {
  orgId: string;
  name: string;
  environment: Environment;
}

/** An Outreach login: one email, one org (Outreach lets an email be used once across all orgs). */
export interface Login {
  email: string;
  orgId: string;
  role: Role;
  name: string;
}

export interface InstanceGroup {
  instanceGroupId: string;
  rootEmail: string;
  crossInstanceSso: CrossInstanceSso;
  /** The orgs tied together, each with the group owner's login in it; the first listed is not special. */
  members: { orgId: string; loginEmail: string; primary: boolean }[];
}

/** How a domain's users authenticate at the Outreach authorization server. */
export type DomainAuth = 'sso' | 'password';

export interface Seed {
  orgs: Org[];
  logins: Login[];
  groups: InstanceGroup[];
  /** Email domain → authentication method (`sso` goes to the external IdP). */
  domains: Record<string, DomainAuth>;
  /** Passwords at the Outreach authorization server, by root email (also valid for its `+` aliases). */
  passwords: Record<string, string>;
  /** Users of the external IdP ("Acme SSO"): email → password and display name. */
  idpUsers: Record<string, { password: string; name: string }>;
}

export const IDP_PASSWORDS = {
  jane: 'jane-sso-pass',
  bob: 'bob-sso-pass',
} as const;

export const PASSWORDS = {
  carol: 'carol-pass',
  dave: 'dave-pass',
  bench: 'bench-pass',
} as const;

/** The admin who owns the benchmark group added by `SANDBOX_ORGS=N`. */
export const BENCH_ROOT = 'bench@bench.test';

function benchOrgs(count: number): Pick<Seed, 'orgs' | 'logins' | 'groups'> {
  const orgs: Org[] = [];
  const logins: Login[] = [];
  const members: InstanceGroup['members'] = [];
  for (let i = 0; i < count; i++) {
    const tag = `org${String(i + 1).padStart(4, '0')}`;
    const orgId = `org_bench_${String(i + 1).padStart(4, '0')}`;
    const email = i === 0 ? BENCH_ROOT : `bench+${tag}@bench.test`;
    const environment: Environment = i === 0 ? 'production' : ENVIRONMENTS[1 + (i % 4)]!;
    orgs.push({ orgId, name: i === 0 ? 'Bench Production' : `Bench ${tag}`, environment });
    logins.push({ email, orgId, role: 'admin', name: 'Bench Admin' });
    members.push({ orgId, loginEmail: email, primary: i === 0 });
  }
  return {
    orgs,
    logins,
    groups: count
      ? [{ instanceGroupId: 'ig_bench_0001', rootEmail: BENCH_ROOT, crossInstanceSso: 'enabled', members }]
      : [],
  };
}

/** The seed; `extraOrgs` (from `SANDBOX_ORGS`) adds a benchmark group of that many orgs. */
export function createSeed(extraOrgs = 0): Seed {
  const bench = benchOrgs(extraOrgs);
  return {
    orgs: [
      { orgId: 'org_acme_prod', name: 'Acme Production', environment: 'production' },
      { orgId: 'org_acme_a4test', name: 'Acme A4 Test', environment: 'test' },
      { orgId: 'org_acme_staging', name: 'Acme Staging', environment: 'staging' },
      { orgId: 'org_acme_staging2', name: 'Acme Staging 2', environment: 'staging' },
      { orgId: 'org_globex_prod', name: 'Globex Production', environment: 'production' },
      { orgId: 'org_globex_sandbox', name: 'Globex Sandbox', environment: 'sandbox' },
      { orgId: 'org_initech_prod', name: 'Initech Production', environment: 'production' },
      { orgId: 'org_initech_staging', name: 'Initech Staging', environment: 'staging' },
      { orgId: 'org_initech_test', name: 'Initech Test', environment: 'test' },
      ...bench.orgs,
    ],
    logins: [
      { email: 'jane.doe@acme.test', orgId: 'org_acme_prod', role: 'admin', name: 'Jane Doe' },
      { email: 'jane.doe+a4test@acme.test', orgId: 'org_acme_a4test', role: 'admin', name: 'Jane Doe' },
      { email: 'jane.doe+staging@acme.test', orgId: 'org_acme_staging', role: 'admin', name: 'Jane Doe' },
      { email: 'jane.doe+staging2@acme.test', orgId: 'org_acme_staging2', role: 'admin', name: 'Jane Doe' },
      { email: 'bob@acme.test', orgId: 'org_acme_prod', role: 'user', name: 'Bob Builder' },
      { email: 'carol@globex.test', orgId: 'org_globex_prod', role: 'admin', name: 'Carol Chen' },
      { email: 'carol+sandbox@globex.test', orgId: 'org_globex_sandbox', role: 'admin', name: 'Carol Chen' },
      { email: 'dave@initech.test', orgId: 'org_initech_prod', role: 'admin', name: 'Dave Dunn' },
      { email: 'dave-staging@initech.test', orgId: 'org_initech_staging', role: 'admin', name: 'Dave Dunn' },
      { email: 'dave+test@initech.test', orgId: 'org_initech_test', role: 'admin', name: 'Dave Dunn' },
      ...bench.logins,
    ],
    groups: [
      {
        instanceGroupId: 'ig_acme_7f3a',
        rootEmail: 'jane.doe@acme.test',
        crossInstanceSso: 'enabled',
        members: [
          { orgId: 'org_acme_prod', loginEmail: 'jane.doe@acme.test', primary: true },
          { orgId: 'org_acme_a4test', loginEmail: 'jane.doe+a4test@acme.test', primary: false },
          { orgId: 'org_acme_staging', loginEmail: 'jane.doe+staging@acme.test', primary: false },
          { orgId: 'org_acme_staging2', loginEmail: 'jane.doe+staging2@acme.test', primary: false },
        ],
      },
      {
        instanceGroupId: 'ig_globex_21c8',
        rootEmail: 'carol@globex.test',
        crossInstanceSso: 'requested',
        members: [
          { orgId: 'org_globex_prod', loginEmail: 'carol@globex.test', primary: true },
          { orgId: 'org_globex_sandbox', loginEmail: 'carol+sandbox@globex.test', primary: false },
        ],
      },
      {
        instanceGroupId: 'ig_initech_9d04',
        rootEmail: 'dave@initech.test',
        crossInstanceSso: 'enabled',
        members: [
          { orgId: 'org_initech_prod', loginEmail: 'dave@initech.test', primary: true },
          // Wrong separator: not a `+` alias, so it is not linked to dave@initech.test.
          { orgId: 'org_initech_staging', loginEmail: 'dave-staging@initech.test', primary: false },
          { orgId: 'org_initech_test', loginEmail: 'dave+test@initech.test', primary: false },
        ],
      },
      ...bench.groups,
    ],
    domains: {
      'acme.test': 'sso',
      'globex.test': 'password',
      'initech.test': 'password',
      'bench.test': 'password',
    },
    passwords: {
      'carol@globex.test': PASSWORDS.carol,
      'dave@initech.test': PASSWORDS.dave,
      'dave-staging@initech.test': PASSWORDS.dave,
      [BENCH_ROOT]: PASSWORDS.bench,
    },
    idpUsers: {
      'jane.doe@acme.test': { password: IDP_PASSWORDS.jane, name: 'Jane Doe' },
      'bob@acme.test': { password: IDP_PASSWORDS.bob, name: 'Bob Builder' },
    },
  };
}
