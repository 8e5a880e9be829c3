/** The instance directory at api.outreach.localhost: `GET /cross-instance/v1/instance-group`. */
import type Provider from 'oidc-provider';
import type { Environment, InstanceGroup, Login } from './fixtures';
import { Directory, EXTENSION_ORIGIN } from './model';
import type { Origins } from './model';
import { requestUrl, sendJson } from './net';
import type { Req, Res } from './net';
import type { FaultState } from './faults';

export const DIRECTORY_PATH = '/cross-instance/v1/instance-group';
export const DIRECTORY_SCOPE = 'cross_instance:read';

/** One org of the directory response (see DESIGN.md, "Directory response"). */
export interface InstanceJson {
  orgId: string;
  name: string;
  loginEmail: string;
  environment: Environment | string;
  primary: boolean;
  appUrl: string;
  loginUrl: string;
}

export interface InstanceGroupJson {
  instanceGroupId: string;
  rootEmail: string;
  crossInstanceSso: InstanceGroup['crossInstanceSso'];
  role: Login['role'];
  instances: InstanceJson[];
}

export interface DirectoryApi {
  handle(req: Req, res: Res): Promise<void>;
}

/** Past the extension's directory cap (`DEFAULT_MAX_BYTES`, 50 MB), by padding after the instances. */
const HUGE_BYTES = 5 * 1024 * 1024;
const HUGE_PADDING_BYTES = 50_000_000;

export function createDirectoryApi(
  directory: Directory,
  provider: Provider,
  faults: FaultState,
  origins: Origins,
): DirectoryApi {
  const allowedOrigins = new Set([EXTENSION_ORIGIN, origins.app, origins.accounts, origins.api]);
  let hugeBody: string | undefined;

  function cors(req: Req): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin || !allowedOrigins.has(origin)) return { vary: 'Origin' };
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }

  function groupJson(group: InstanceGroup, role: Login['role']): InstanceGroupJson {
    return {
      instanceGroupId: group.instanceGroupId,
      rootEmail: group.rootEmail,
      crossInstanceSso: group.crossInstanceSso,
      role,
      instances: group.members.map((member) => {
        const org = directory.org(member.orgId);
        return {
          orgId: member.orgId,
          name: org?.name ?? member.orgId,
          loginEmail: member.loginEmail,
          environment: org?.environment ?? 'production',
          primary: member.primary,
          appUrl: `${origins.app}/`,
          loginUrl: `${origins.app}/login`,
        };
      }),
    };
  }

  /** The `hostile` fault: the caller's group plus entries the extension must reject. */
  function hostile(group: InstanceGroupJson): InstanceGroupJson {
    const [local, domain] = group.rootEmail.split('@') as [string, string];
    const base = {
      environment: 'test',
      primary: false,
      appUrl: `${origins.app}/`,
      loginUrl: `${origins.app}/login`,
    };
    return {
      ...group,
      instances: [
        ...group.instances,
        {
          ...base,
          orgId: 'org_hostile_js',
          name: 'Script URL <img src=x onerror=alert(1)>',
          loginEmail: `${local}+script@${domain}`,
          appUrl: 'javascript:alert(document.domain)',
        },
        {
          ...base,
          orgId: 'org_hostile_foreign',
          name: 'Foreign login host',
          loginEmail: `${local}+foreign@${domain}`,
          loginUrl: 'https://evil.example/',
        },
        {
          ...base,
          orgId: 'org_hostile_domain',
          name: 'Other domain',
          loginEmail: `${local}+other@evil.example`,
        },
        { ...base, orgId: 'org_hostile_dash', name: 'Dash separator', loginEmail: `${local}-dash@${domain}` },
        {
          ...base,
          orgId: group.instances[0]?.orgId ?? 'org_duplicate',
          name: 'Duplicate org ID',
          loginEmail: `${local}+duplicate@${domain}`,
        },
      ],
    };
  }

  function huge(): string {
    if (hugeBody) return hugeBody;
    const instances: InstanceJson[] = [];
    let size = 0;
    for (let i = 0; size < HUGE_BYTES; i++) {
      const instance = {
        orgId: `org_huge_${i}`,
        name: `Huge org ${i} ${'x'.repeat(200)}`,
        loginEmail: `jane.doe+huge${i}@acme.test`,
        environment: 'test',
        primary: false,
        appUrl: `${origins.app}/`,
        loginUrl: `${origins.app}/login`,
      };
      instances.push(instance);
      size += JSON.stringify(instance).length + 1;
    }
    hugeBody = JSON.stringify({
      instanceGroupId: 'ig_huge',
      rootEmail: 'jane.doe@acme.test',
      crossInstanceSso: 'enabled',
      role: 'admin',
      instances,
      padding: 'x'.repeat(HUGE_PADDING_BYTES),
    });
    return hugeBody;
  }

  async function answer(req: Req, res: Res, headers: Record<string, string>): Promise<void> {
    const fault = faults.directory;
    const unauthorized = {
      ...headers,
      'www-authenticate': `Bearer realm="${origins.api}", error="invalid_token"`,
    };
    if (fault === 'error') return sendJson(res, 500, { error: 'server_error' }, headers);
    if (fault === 'unauthorized') return sendJson(res, 401, { error: 'invalid_token' }, unauthorized);
    if (fault === 'malformed') {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end('{"instanceGroupId":"ig_acme_7f3a","instances":[{"orgId":');
      return;
    }
    if (fault === 'huge') {
      const body = huge();
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        ...headers,
      });
      res.end(body);
      return;
    }

    const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const token = match ? await provider.AccessToken.find(match[1]!) : undefined;
    if (!token || token.isExpired || !token.accountId) {
      return sendJson(res, 401, { error: 'invalid_token' }, unauthorized);
    }
    if (!token.scopes.has(DIRECTORY_SCOPE)) {
      return sendJson(res, 403, { error: 'insufficient_scope', scope: DIRECTORY_SCOPE }, headers);
    }
    const login = directory.login(token.accountId);
    if (!login) return sendJson(res, 401, { error: 'invalid_token' }, unauthorized);
    if (login.role !== 'admin') return sendJson(res, 403, { error: 'not_admin' }, headers);
    const group = directory.groupOf(login.email);
    if (!group) return sendJson(res, 404, { error: 'no_instance_group' }, headers);
    const body = groupJson(group, login.role);
    sendJson(res, 200, fault === 'hostile' ? hostile(body) : body, headers);
  }

  return {
    async handle(req, res) {
      const url = requestUrl(req);
      const headers = cors(req);
      if (url.pathname !== DIRECTORY_PATH) return sendJson(res, 404, { error: 'not_found' }, headers);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...headers,
          'access-control-allow-methods': 'GET',
          'access-control-allow-headers': 'authorization',
          'access-control-max-age': '600',
        });
        res.end();
        return;
      }
      if (req.method !== 'GET')
        return sendJson(res, 405, { error: 'method_not_allowed' }, { ...headers, allow: 'GET' });

      if (faults.directory === 'slow') {
        const delayed = await new Promise<boolean>((done) => {
          const timer = setTimeout(() => done(true), faults.slowMs);
          res.once('close', () => {
            clearTimeout(timer);
            done(false);
          });
        });
        if (!delayed) return;
      }
      await answer(req, res, headers);
    },
  };
}
