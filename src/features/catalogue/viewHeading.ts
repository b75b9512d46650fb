/** The id of each reading view's heading: the skip link moves focus there. */
export const VIEW_HEADING_ID = 'view-heading';
