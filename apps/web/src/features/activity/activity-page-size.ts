/** Entries per page of the activity log, when the reader asks for no other size. */
export const ACTIVITY_PAGE_SIZE = 20;
