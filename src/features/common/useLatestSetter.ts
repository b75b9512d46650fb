import { useCallback, useRef } from 'react';

/**
 * For work that may be started again before it ends (a file chosen while another is read): each start gets a setter
 * that changes the state only while it is the latest start, and says whether it did.
 */
export function useLatestSetter<T>(set: (value: T) => void): () => (value: T) => boolean {
  const latest = useRef(0);
  return useCallback(() => {
    const serial = ++latest.current;
    return (value: T) => {
      if (serial !== latest.current) return false;
      set(value);
      return true;
    };
  }, [set]);
}
