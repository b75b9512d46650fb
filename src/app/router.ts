/** The app may be served from a sub-path (BASE_PATH at build time). */
export const basename = import.meta.env.BASE_URL.replace(/\/$/, '');
