import { useMediaQuery } from '../features/common/useMediaQuery';

/**
 * The phone layout (docs/architecture.md, "Page layout"): up to 900 px wide, as the media queries of styles.css say. The
 * filters and the details are sheets over the view there, and a bar along the bottom opens them.
 */
export const useCompactLayout = () => useMediaQuery('(max-width: 900px)');
