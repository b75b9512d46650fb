/**
 * Milliseconds a fixed loop of integer arithmetic takes in this process: a rough reading of how fast the machine
 * is at the moment, so runs on a shared machine can be compared (the same build measures up to a third slower in a
 * busy hour, and this reading moves with it).
 */
export function speedCheckMs(): number {
  const start = performance.now();
  let sum = 0;
  for (let i = 0; i < 300_000_000; i++) sum += i % 7;
  const elapsed = performance.now() - start;
  // Keeps the loop from being optimised away.
  if (sum < 0) throw new Error('unreachable');
  return Math.round(elapsed);
}
