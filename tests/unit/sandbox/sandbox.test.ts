import { describe, expect, it } from 'vitest';
import { FaultState } from '../../../sandbox/faults';
import { escapeHtml, html, raw } from '../../../sandbox/html';
import { createSeed } from '../../../sandbox/fixtures';
import { Directory, rootOf } from '../../../sandbox/model';
import { hostName, isLoopbackAddress } from '../../../sandbox/net';
import type { Req } from '../../../sandbox/net';

describe('isLoopbackAddress (the fault switch refuses everyone else)', () => {
  it.each(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])('accepts %s', (address) => {
    expect(isLoopbackAddress(address)).toBe(true);
  });
  it.each(['10.0.0.1', '192.168.1.20', '::ffff:10.0.0.1', 'fe80::1', '128.0.0.1', '', undefined])(
    'refuses %s',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false);
    },
  );
});

describe('FaultState', () => {
  it('merges switches and resets them', () => {
    const faults = new FaultState();
    expect(faults.directory).toBeNull();
    expect(faults.slowMs).toBe(15_000);
    faults.merge({ directory: 'slow' });
    faults.merge({ slowMs: 1500, idpDown: true });
    expect(faults.get()).toEqual({ directory: 'slow', slowMs: 1500, idpDown: true });
    faults.reset();
    expect(faults.get()).toEqual({});
    expect(faults.idpDown).toBe(false);
  });
});

describe('html escaping', () => {
  it('escapes interpolations unless marked raw', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const tag = html;
    expect(tag`<p>${'<script>'}</p>${raw('<br>')}`.toString()).toBe('<p>&lt;script&gt;</p><br>');
  });
});

describe('hostName', () => {
  it('drops the port and lower-cases', () => {
    expect(hostName({ headers: { host: 'App.Outreach.localhost:8790' } } as Req)).toBe(
      'app.outreach.localhost',
    );
    expect(hostName({ headers: {} } as Req)).toBe('');
  });
});

describe('seed and the cross-instance rule', () => {
  const directory = new Directory(createSeed(3));

  it('maps + aliases to their root, and only +', () => {
    expect(rootOf('jane.doe+staging@acme.test')).toBe('jane.doe@acme.test');
    expect(rootOf('dave-staging@initech.test')).toBe('dave-staging@initech.test');
  });

  it('links only the root and its + aliases', () => {
    const group = directory.groupRootedAt('dave@initech.test')!;
    expect(directory.linkedMembers(group).map((m) => m.loginEmail)).toEqual([
      'dave@initech.test',
      'dave+test@initech.test',
    ]);
  });

  it('accepts a root password for its aliases', () => {
    expect(directory.checkPassword('carol+sandbox@globex.test', 'carol-pass')).toBe(true);
    expect(directory.checkPassword('carol@globex.test', 'nope')).toBe(false);
  });

  it('adds a benchmark group of N orgs', () => {
    const group = directory.groupRootedAt('bench@bench.test')!;
    expect(group.members).toHaveLength(3);
    expect(group.members[1]!.loginEmail).toBe('bench+org0002@bench.test');
    expect(directory.login('bench+org0003@bench.test')?.role).toBe('admin');
  });
});
