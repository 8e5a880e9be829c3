import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../options/messages';

/** Every file the extension is built from (the places a message name can be written). */
function sourceText(): string {
  const files: string[] = ['wxt.config.ts', 'assets/popup-paint.js'];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) files.push(path);
    }
  };
  ['lib', 'entrypoints', 'components'].forEach(walk);
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('the English messages', () => {
  it('are all used: words nobody can read are words nobody keeps true', () => {
    const source = sourceText();
    const unused = Object.keys(MESSAGES).filter((key) => !source.includes(key));
    expect(unused).toEqual([]);
  });

  it('name every placeholder they use (an unnamed one would read as nothing)', () => {
    const problems = Object.entries(MESSAGES).flatMap(([key, entry]) => {
      const used = new Set(
        [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()),
      );
      const named = new Set(Object.keys(entry.placeholders ?? {}));
      return [...used].filter((name) => !named.has(name)).map((name) => `${key}: $${name}$ is not named`);
    });
    expect(problems).toEqual([]);
  });
});
