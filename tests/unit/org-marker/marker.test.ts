import { describe, expect, it } from 'vitest';
import { ENVIRONMENT_COLOURS, faviconDataUrl, markerView, shortTag } from '../../../lib/org-marker/marker';

describe('shortTag', () => {
  it.each([
    [{ tag: '', environment: 'production' as const }, 'PROD'],
    [{ tag: 'staging2', environment: 'staging' as const }, 'STAG'],
    [{ tag: 'a4test', environment: 'test' as const }, 'A4TE'],
    [{ tag: 'x.y', environment: 'sandbox' as const }, 'XY'],
    [{ tag: '', environment: 'sandbox' as const }, 'SAND'],
  ])('%j → %s', (org, tag) => {
    expect(shortTag(org)).toBe(tag);
  });
});

describe('markerView', () => {
  it('colours production red and carries what the settings allow', () => {
    const view = markerView(
      { name: 'Acme Production', tag: '', environment: 'production' },
      { marker: true, favicon: false },
    );
    expect(view).toEqual({
      name: 'Acme Production',
      environment: 'production',
      colour: '#c62828',
      tag: 'PROD',
      showMarker: true,
      showFavicon: false,
    });
  });
  it('gives every environment its own colour', () => {
    expect(new Set(Object.values(ENVIRONMENT_COLOURS)).size).toBe(5);
  });
});

describe('faviconDataUrl', () => {
  it('is an SVG in the colour with only a safe letter', () => {
    const url = faviconDataUrl('#c62828', '<P');
    expect(url.startsWith('data:image/svg+xml,')).toBe(true);
    const svg = decodeURIComponent(url.slice('data:image/svg+xml,'.length));
    expect(svg).toContain('fill="#c62828"');
    expect(svg).not.toContain('<P');
  });
});
