// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { DataVersion } from '../../src/features/about/DataVersion';
import { sampleDataset } from '../unit/fixtures/sampleDataset';

describe('DataVersion', () => {
  it('names each upstream source with its commit, linked, and its date', () => {
    render(<DataVersion upstream={sampleDataset.upstream} label="Data" opensInNewTab="(new tab)" />);
    const line = screen.getByTestId('data-version');
    for (const source of sampleDataset.upstream) {
      expect(line.textContent).toContain(source.name);
      expect(line.textContent).toContain(source.date);
      const link = screen.getByRole('link', { name: `${source.commit.slice(0, 7)} (new tab)` });
      expect(link.getAttribute('href')).toBe(`${source.repository}/commit/${source.commit}`);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });
});
