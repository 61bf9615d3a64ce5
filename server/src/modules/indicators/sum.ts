/**
 * Correctly rounded summation (Shewchuk's algorithm, as Python's math.fsum). Amounts are yuan held as doubles and
 * a city total adds tens of thousands of them: a plain running sum drifts with the order the database returns rows
 * in, so two screens could show different last digits for the same figure. The exact sum does not depend on order.
 */

/** The sum of the values, rounded once (order-independent); throws on a value that is not a finite number. */
export function exactSum(values: Iterable<number>): number {
  const sum = new ExactSum();
  for (const value of values) sum.add(value);
  return sum.value();
}

/**
 * A running exact sum, for adding terms as they come instead of keeping them: `value()` is exactSum of every term
 * added so far. The cube adds one term per enterprise to each of its cells this way.
 */
export class ExactSum {
  // Non-overlapping partial sums in increasing magnitude; together they hold the exact sum.
  private readonly partials: number[] = [];
  /** Terms added. */
  count = 0;

  add(value: number): void {
    if (!Number.isFinite(value)) throw new Error(`cannot add ${String(value)}: expected a finite number`);
    const partials = this.partials;
    let x = value;
    let kept = 0;
    for (let i = 0; i < partials.length; i += 1) {
      let y = partials[i] as number;
      if (Math.abs(x) < Math.abs(y)) {
        // A plain swap: `[x, y] = [y, x]` builds an array until the optimiser removes it, and this runs per term.
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    // In place: the common term changes no partial's count, and truncating then pushing cost more than the sum.
    partials[kept++] = x;
    if (partials.length > kept) partials.length = kept;
    this.count += 1;
  }

  value(): number {
    return roundPartials(this.partials);
  }

  /** A sum that starts where this one is: the same terms so far, added to apart from now on. */
  copy(): ExactSum {
    const sum = new ExactSum();
    sum.partials.push(...this.partials);
    sum.count = this.count;
    return sum;
  }
}

function roundPartials(partials: readonly number[]): number {
  let n = partials.length;
  if (n === 0) return 0;
  n -= 1;
  let hi = partials[n] as number;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    n -= 1;
    const y = partials[n] as number;
    hi = x + y;
    lo = y - (hi - x);
    if (lo !== 0) break;
  }
  // Round half to even across the remaining partials, which the plain addition above cannot see.
  const next = n > 0 ? (partials[n - 1] as number) : 0;
  if (n > 0 && ((lo < 0 && next < 0) || (lo > 0 && next > 0))) {
    const y = lo * 2;
    const x = hi + y;
    if (y === x - hi) hi = x;
  }
  return hi;
}
