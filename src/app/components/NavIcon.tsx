import type { ScreenId } from '../routes';

// Simple stroke icons (24×24); decorative, the label beside them carries the meaning.
const PATHS: Record<ScreenId, string> = {
  conversations: 'M4 5h16v10H9l-5 4z M8 9h8 M8 12h5',
  guides: 'M5 4h10l4 4v12H5z M15 4v4h4 M8 12h8 M8 16h6',
  valuesCircle: 'M12 4a8 8 0 1 0 0.01 0 M12 8a4 4 0 1 0 0.01 0',
  sync: 'M5 12a7 7 0 0 1 12-5l2 2 M19 4v5h-5 M19 12a7 7 0 0 1-12 5l-2-2 M5 20v-5h5',
  settings: 'M4 7h10 M18 7h2 M4 17h4 M12 17h8 M16 5v4 M10 15v4',
};

export function NavIcon({ screen }: { screen: ScreenId }) {
  return (
    <svg
      class="nav-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={PATHS[screen]} />
    </svg>
  );
}
