/** The reader's theme preference: a fixed theme or the operating system's. */
export type ThemePreference = 'light' | 'dark' | 'system';

/** localStorage key of the theme preference (versioned, so a future format cannot misread it). */
export const THEME_KEY = 'lfe:theme:v1';

/** Reads a stored preference; anything but the three known values (or nothing) means 'system'. */
export function parseThemePreference(raw: unknown): ThemePreference {
  return raw === 'light' || raw === 'dark' || raw === 'system' ? raw : 'system';
}

/** The theme to show for a preference, given whether the system prefers dark. */
export function resolveTheme(pref: ThemePreference, systemDark: boolean): 'light' | 'dark' {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

/** The preference the theme button moves to next: system → light → dark → system. */
export function nextThemePreference(pref: ThemePreference): ThemePreference {
  return pref === 'system' ? 'light' : pref === 'light' ? 'dark' : 'system';
}
