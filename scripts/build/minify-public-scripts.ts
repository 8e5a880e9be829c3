import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** A public file as the `build:publicAssets` hook lists it: copied from a path, or generated. */
type PublicFile = { relativeDest: string } & ({ absoluteSrc: string } | { contents: string });

/**
 * Minifies the classic scripts of the public folder (`assets/popup-paint.js`, the popup's first
 * paint): WXT copies public files as they are, and this one is loaded by every popup open, so its
 * bytes count towards the popup's JavaScript budget (docs/BENCHMARKS.md). The source stays
 * readable and is what the unit tests run.
 */
export function minifyPublicScripts(files: PublicFile[], names: readonly string[]): void {
  files.forEach((file, at) => {
    if (!names.includes(file.relativeDest) || !('absoluteSrc' in file)) return;
    const { code } = transformSync(readFileSync(file.absoluteSrc, 'utf8'), {
      loader: 'js',
      minify: true,
      target: 'es2020',
      legalComments: 'none',
    });
    files[at] = { relativeDest: file.relativeDest, contents: code };
  });
}
