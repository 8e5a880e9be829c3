/** Directory payloads shaped like the sandbox's, for the directory tests. */

export const APP_URL = 'http://app.outreach.localhost:8790/';
export const LOGIN_URL = 'http://app.outreach.localhost:8790/login';
export const SANDBOX_HOSTS = ['*.outreach.localhost'];
export const NOW = 1_700_000_000_000;

/** One raw directory instance with the sandbox URLs. */
export function rawInstance(
  orgId: string,
  name: string,
  loginEmail: string,
  environment: string,
  primary = false,
): Record<string, unknown> {
  return { orgId, name, loginEmail, environment, primary, appUrl: APP_URL, loginUrl: LOGIN_URL };
}

/** The sandbox's jane group: the help article's four orgs. */
export function janeResponse(instances?: unknown[]): Record<string, unknown> {
  return {
    instanceGroupId: 'ig_acme',
    rootEmail: 'jane.doe@acme.test',
    crossInstanceSso: 'enabled',
    role: 'admin',
    instances: instances ?? [
      rawInstance('org_acme_prod', 'Acme Production', 'jane.doe@acme.test', 'production', true),
      rawInstance('org_acme_a4test', 'Acme A4 Test', 'jane.doe+a4test@acme.test', 'test'),
      rawInstance('org_acme_staging', 'Acme Staging', 'jane.doe+staging@acme.test', 'staging'),
      rawInstance('org_acme_staging2', 'Acme Staging 2', 'jane.doe+staging2@acme.test', 'staging'),
    ],
  };
}
