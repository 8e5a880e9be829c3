// A node:test reporter that prints one line at the end: how many Firefox tests passed and failed.
export default async function* summary(source) {
  let passed = 0;
  const failed = [];
  for await (const event of source) {
    // Leaf tests only (suites report too, with `details.type === 'suite'`).
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass' && !event.data.skip) passed++;
    if (event.type === 'test:fail') failed.push(event.data.name);
  }
  const verdict = failed.length ? 'FAILED' : 'passed';
  yield `\nFirefox e2e ${verdict}: ${passed} passed, ${failed.length} failed${failed.length ? ` (${failed.join('; ')})` : ''}\n`;
}
