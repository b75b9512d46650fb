import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { tidyPath } from '../../src/app/tidyAddress';

describe('tidyPath', () => {
  it.each([
    ['//', '/'],
    ['///', '/'],
    ['/\\', '/'],
    ['//table', '/table'],
    ['/navigator//table///', '/navigator/table/'],
    ['/table', '/table'],
    ['/', '/'],
    ['', '/'],
  ])('%j → %j', (path, expected) => {
    expect(tidyPath(path)).toBe(expected);
  });

  it('gives a path that stays on this host when a query is written to it, and is tidy already', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('/', '\\', 'a', '.', '%2F', ':', '@', '?'), { maxLength: 12 }),
        (pieces) => {
          const path = tidyPath(`/${pieces.join('')}`.split('?')[0]!);
          expect(new URL(`${path}?x=1`, 'http://app.example').host).toBe('app.example');
          expect(tidyPath(path)).toBe(path);
        },
      ),
    );
  });
});
