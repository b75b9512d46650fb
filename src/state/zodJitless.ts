import { config } from 'zod/v4/core';

// The data worker's zod, like the page's, must not compile validators with `new Function`: a
// Content-Security-Policy without 'unsafe-eval' forbids it.
config({ jitless: true });
