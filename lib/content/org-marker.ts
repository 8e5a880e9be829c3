import type { OrgMarkerView } from '../org-marker/marker';
import { faviconDataUrl } from '../org-marker/marker';
import { t } from '../i18n/t';
import { createShadowBox } from './shadow-notice';

const HOST_TAG = 'cis-org-marker';

// The box ignores every pointer event (trusted or not), so it never covers the page's controls:
// clicks pass through to whatever is under it. It sits in the bottom-left corner, small.
const STYLE = `
  .marker { position: fixed; z-index: 2147483646; left: 8px; bottom: 8px; pointer-events: none;
    display: inline-flex; align-items: center; gap: 6px; max-width: 40vw; box-sizing: border-box;
    padding: 2px 8px 2px 6px; font: 600 12px/1.5 system-ui, sans-serif; color: #fff;
    border-radius: 999px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.25); opacity: 0.92; }
  .name { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; unicode-bidi: isolate; }
  .env { font-weight: 400; text-transform: uppercase; letter-spacing: 0.04em; }
  @media print { .marker { display: none; } }`;

/**
 * Marks the page with its org: a small pill in the bottom-left corner, in a closed shadow root
 * (page CSS and scripts cannot reach it), in the environment's colour; and, when allowed, the
 * tab's favicon in that colour. Returns a function that removes both.
 */
export function showOrgMarker(view: OrgMarkerView, doc: Document = document): () => void {
  const removers: (() => void)[] = [];
  if (view.showMarker) {
    const { host, box } = createShadowBox(
      { css: STYLE, tag: HOST_TAG, role: 'note', label: t('markerLabel', view.name), className: 'marker' },
      doc,
    );
    host.dataset.environment = view.environment;
    box.style.background = view.colour;
    const name = doc.createElement('bdi');
    name.className = 'name';
    name.textContent = view.name;
    const env = doc.createElement('span');
    env.className = 'env';
    env.textContent = view.environment;
    box.append(name, env);
    doc.documentElement.append(host);
    removers.push(() => host.remove());
  }
  if (view.showFavicon) removers.push(tintFavicon(view, doc));
  return () => removers.forEach((remove) => remove());
}

/** Puts an icon in the environment's colour first among the page's icons. */
function tintFavicon(view: OrgMarkerView, doc: Document): () => void {
  const link = doc.createElement('link');
  link.rel = 'icon';
  link.type = 'image/svg+xml';
  link.href = faviconDataUrl(view.colour, view.tag);
  link.dataset.cisOrgFavicon = view.environment;
  const others = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
  // Browsers use the last icon declared: the tinted one goes after the page's own.
  doc.head.append(link);
  return () => {
    link.remove();
    for (const other of others) if (!other.isConnected) doc.head.append(other);
  };
}
