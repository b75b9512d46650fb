/** Animation length for view changes; zero when the user asked for reduced motion. */
export function animationDuration(ms = 350): number {
  const reduce =
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
  return reduce ? 0 : ms;
}
