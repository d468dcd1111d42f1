/** The look of the user menu's button, shared by the placeholder and the Radix trigger. */
export const USER_MENU_TRIGGER =
  'flex w-full min-w-0 items-center gap-3 rounded-md p-2 text-left hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';
