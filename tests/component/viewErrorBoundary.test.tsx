// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ViewErrorBoundary } from '../../src/features/errors/ViewErrorBoundary';

const labels = { heading: 'This view could not be shown', hint: 'The rest still works.', retry: 'Try again' };

let broken = true;
function FragileView() {
  if (broken) throw new Error('the view broke');
  return <p>The view</p>;
}

function Page({ resetKey }: { resetKey?: string }) {
  const [clicks, setClicks] = useState(0);
  return (
    <div>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        Elsewhere {clicks}
      </button>
      <ViewErrorBoundary labels={labels} resetKey={resetKey}>
        <FragileView />
      </ViewErrorBoundary>
    </div>
  );
}

afterEach(() => {
  broken = true;
  vi.restoreAllMocks();
});

describe('ViewErrorBoundary', () => {
  it('replaces only the broken view with an alert; the rest of the page keeps working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<Page />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(labels.heading);
    expect(alert.textContent).toContain('the view broke');
    await user.click(screen.getByRole('button', { name: 'Elsewhere 0' }));
    expect(screen.getByRole('button', { name: 'Elsewhere 1' })).toBeTruthy();
  });

  it('tries the view again on request, and when the route changes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    const { rerender } = render(<Page resetKey="/table" />);
    broken = false;
    await user.click(screen.getByRole('button', { name: labels.retry }));
    expect(screen.getByText('The view')).toBeTruthy();

    broken = true;
    rerender(<Page resetKey="/index" />);
    expect(screen.getByRole('alert')).toBeTruthy();
    broken = false;
    rerender(<Page resetKey="/" />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('The view')).toBeTruthy();
  });
});
