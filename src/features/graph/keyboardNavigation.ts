export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const AXES: Record<Direction, { along: 'x' | 'y'; sign: 1 | -1 }> = {
  right: { along: 'x', sign: 1 },
  left: { along: 'x', sign: -1 },
  down: { along: 'y', sign: 1 },
  up: { along: 'y', sign: -1 },
};

/**
 * The node an arrow key moves to: the nearest one lying in that direction, preferring
 * nodes close to the axis over ones far off to the side. Null when there is none.
 */
export function nearestInDirection(
  from: Placed,
  candidates: readonly Placed[],
  direction: Direction,
): string | null {
  const { along, sign } = AXES[direction];
  const across = along === 'x' ? 'y' : 'x';
  let best: { id: string; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.id === from.id) continue;
    const forward = (candidate[along] - from[along]) * sign;
    const sideways = Math.abs(candidate[across] - from[across]);
    // Only nodes within a 45° cone either side of the direction.
    if (forward <= 0 || sideways > forward) continue;
    const score = forward + 2 * sideways;
    if (!best || score < best.score || (score === best.score && candidate.id < best.id)) {
      best = { id: candidate.id, score };
    }
  }
  return best?.id ?? null;
}

export type KeyAction =
  | { type: 'move'; direction: Direction }
  | { type: 'first' | 'last' | 'activate' | 'escape' | 'zoom-in' | 'zoom-out' | 'fit' };

export function keyAction(key: string): KeyAction | null {
  switch (key) {
    case 'ArrowRight':
      return { type: 'move', direction: 'right' };
    case 'ArrowLeft':
      return { type: 'move', direction: 'left' };
    case 'ArrowDown':
      return { type: 'move', direction: 'down' };
    case 'ArrowUp':
      return { type: 'move', direction: 'up' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Enter':
    case ' ':
      return { type: 'activate' };
    case 'Escape':
      return { type: 'escape' };
    case '+':
    case '=':
      return { type: 'zoom-in' };
    case '-':
      return { type: 'zoom-out' };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}
