/**
 * Counting work without timing it: while `countWork` runs `work`, every element an array method
 * visits (callbacks of `find`, `some`, `filter`, `map`, `forEach`, `reduce`, …, elements copied by
 * `slice` and `concat`, elements scanned by `indexOf` and `includes`) and every `Map`/`Set`
 * look-up adds one. A loop that scans what it has kept so far for each entry (the quadratic
 * pattern) makes the count grow with the square of the input, whatever the machine's speed.
 */
type Method = (this: unknown[], ...args: unknown[]) => unknown;

const CALLBACK_METHODS = [
  'find',
  'findIndex',
  'findLast',
  'findLastIndex',
  'some',
  'every',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
  'reduceRight',
] as const;
const SCAN_METHODS = ['indexOf', 'lastIndexOf', 'includes'] as const;
const COPY_METHODS = ['slice', 'concat'] as const;
const LOOKUPS = [
  [Map.prototype, ['get', 'has', 'set']],
  [Set.prototype, ['has', 'add']],
] as const;

/** Runs `work` and returns it with the number of element visits and look-ups it made. */
export function countWork<T>(work: () => T): { result: T; steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  const patch = (target: object, name: string, wrap: (original: Method) => Method) => {
    const original = (target as Record<string, Method>)[name]!;
    (target as Record<string, Method>)[name] = wrap(original);
    restore.push(() => ((target as Record<string, Method>)[name] = original));
  };
  for (const name of CALLBACK_METHODS) {
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown[], callback, ...rest) {
          if (typeof callback !== 'function') return original.call(this, callback, ...rest);
          const counted = function (this: unknown, ...args: unknown[]) {
            steps += 1;
            return (callback as (...a: unknown[]) => unknown).apply(this, args);
          };
          return original.call(this, counted, ...rest);
        },
    );
  }
  for (const name of SCAN_METHODS) {
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown[], ...args) {
          steps += this.length;
          return original.apply(this, args);
        },
    );
  }
  for (const name of COPY_METHODS) {
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown[], ...args) {
          const result = original.apply(this, args) as unknown[];
          steps += result.length;
          return result;
        },
    );
  }
  for (const [prototype, names] of LOOKUPS) {
    for (const name of names) {
      patch(
        prototype,
        name,
        (original) =>
          function (this: unknown[], ...args) {
            steps += 1;
            return original.apply(this, args);
          },
      );
    }
  }
  try {
    return { result: work(), steps };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** How much more work ten times the input took: linear work gives about 10. */
export function growthPerDecade(stepsAt: (size: number) => number, size: number): number {
  return stepsAt(size * 10) / stepsAt(size);
}
