// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useAfterFirstFrame } from '../../src/features/details/useAfterFirstFrame';

describe('useAfterFirstFrame', () => {
  it('holds back what can wait from the first frame, and lets it in once that frame is painted', async () => {
    const { result } = renderHook(() => useAfterFirstFrame());
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });
});
