/** A seedable pseudo-random number generator, for deterministic simulations and data splits. */
export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence on every run for a given seed. Not for secrets. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
