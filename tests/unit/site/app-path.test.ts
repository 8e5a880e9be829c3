import { describe, expect, it } from 'vitest';
import { isMissingPage, keptPageOf, keptPageUrl } from '../../../lib/site/app-path';

const APP = 'https://web.outreach.io';
const isApp = (origin: string) => origin === APP;

describe('keptPageOf', () => {
  it.each([
    ['a record page', `${APP}/prospects/123/overview`, '/prospects/123/overview'],
    ['view keys of the query', `${APP}/sequences?sort=name&q=renewal`, '/sequences?sort=name&q=renewal'],
    [
      'ids of an org, a user or a sign-in step dropped',
      `${APP}/prospects?orgId=7&userId=3&tab=open&access_token=x&state=s&returnTo=/x&instId=2`,
      '/prospects?tab=open',
    ],
    ['the hash dropped', `${APP}/sequences#row-4`, '/sequences'],
    ['the start page: nothing to keep', `${APP}/`, null],
    ['the start page with only org-bound keys', `${APP}/?orgId=1`, null],
    ['the start page with a view key', `${APP}/?tab=tasks`, '/?tab=tasks'],
    ['a login page', `${APP}/login`, null],
    ['a legacy sign-in page', `${APP}/users/sign_in`, null],
    ['an OAuth callback', `${APP}/oauth/callback?code=1`, null],
    ['sign-out', `${APP}/logout`, null],
    ['the selection window', `${APP}/select-org`, null],
    ['another origin', 'https://login.outreach.io/prospects/1', null],
    ['not a URL', 'not a url', null],
    ['no URL', undefined, null],
  ])('%s', (_name, url, expected) => {
    expect(keptPageOf(url, isApp)).toBe(expected);
  });
});

describe('keptPageUrl', () => {
  it.each([
    [
      'on the org’s app origin',
      'https://app1a.outreach.io/',
      '/prospects/1?tab=x',
      'https://app1a.outreach.io/prospects/1?tab=x',
    ],
    ['never another origin (protocol-relative)', `${APP}/`, '//evil.example/x', `${APP}/`],
    ['never another origin (absolute)', `${APP}/`, 'https://evil.example/x', `${APP}/`],
    ['never a script URL', `${APP}/`, 'javascript:alert(1)', `${APP}/`],
  ])('%s', (_name, appUrl, kept, expected) => {
    expect(keptPageUrl(appUrl, kept)).toBe(expected);
  });
});

describe('isMissingPage', () => {
  it.each([
    [{ title: 'Page not found', headings: [] }, true],
    [{ title: 'Outreach', headings: ['Prospect not found'] }, true],
    [{ title: '404 · Outreach', headings: [] }, true],
    [{ title: 'Outreach', headings: ["This page doesn't exist"] }, true],
    [{ title: 'Outreach', headings: ['We couldn’t find that sequence'] }, true],
    [{ title: 'Sequences · Acme Production', headings: ['Sequences'] }, false],
    [{ title: 'Acme Production', headings: ['No results found', 'Found 3 prospects'] }, false],
  ])('%j → %s', (facts, expected) => {
    expect(isMissingPage(facts)).toBe(expected);
  });
});
