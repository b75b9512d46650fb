/** Navigation state that asks the annotations view to move focus to its export menu. */
export const FOCUS_EXPORTS = 'focus-exports';
