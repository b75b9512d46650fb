import { config } from 'zod/v4/core';

// zod compiles faster validators with `new Function` unless told not to, and it decides when a schema is
// created: this module must run before any schema module (main.tsx imports it first). The Content-Security-Policy
// forbids eval, and even zod's caught probe for it would be reported as a violation.
config({ jitless: true });
