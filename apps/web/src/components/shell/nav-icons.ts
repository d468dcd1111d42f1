import {
  ArrowLeft,
  Building2,
  CreditCard,
  FolderKanban,
  LayoutDashboard,
  type LucideIcon,
  ScrollText,
  Settings,
  Shield,
  Users,
} from 'lucide-react';

/**
 * The sidebar's icons by name. Routes name theirs in `staticData.nav.icon` as a word, so a route's
 * options (which every page's entry code carries) never import an icon; named imports keep the rest
 * of lucide-react out of the bundle.
 */
export const NAV_ICONS = {
  dashboard: LayoutDashboard,
  projects: FolderKanban,
  members: Users,
  organization: Building2,
  billing: CreditCard,
  settings: Settings,
  admin: Shield,
  users: Users,
  audit: ScrollText,
  back: ArrowLeft,
} satisfies Record<string, LucideIcon>;

export type NavIconName = keyof typeof NAV_ICONS;
