/**
 * Outreach's own selection window (shown when a root email signs in to a group): pick the org of
 * the switch and press Next, as the help article has a person do. Matches a radio whose value is
 * the org id, or whose label starts with the org's name.
 */
export function pickOrgInSelectionWindow(orgId: string, orgName: string, doc: Document = document): boolean {
  const radios = [...doc.querySelectorAll<HTMLInputElement>('form input[type="radio"]')];
  const label = (radio: HTMLInputElement) => (radio.labels?.[0]?.textContent ?? '').trim();
  const radio =
    radios.find((candidate) => candidate.value === orgId) ??
    radios.find((candidate) => label(candidate) === orgName || label(candidate).startsWith(`${orgName} `));
  if (!radio?.form) return false;
  radio.checked = true;
  radio.dispatchEvent(new Event('change', { bubbles: true }));
  const next = radio.form.querySelector<HTMLButtonElement>('button[type="submit"], button:not([type])');
  radio.form.requestSubmit(next ?? undefined);
  return true;
}
