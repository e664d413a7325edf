import { onScopeDispose, ref, type Ref } from 'vue';

/** The widest window that counts as a phone, in CSS pixels (the breakpoint styles.css uses too). */
export const PHONE_WIDTH = 640;

/**
 * Whether the window is phone-narrow now, following it as it turns or resizes. Boards use it to
 * fold their secondary columns into the first one, so an inspector on site reads a row without
 * scrolling sideways.
 */
export function useNarrow(): Readonly<Ref<boolean>> {
  const query = window.matchMedia(`(max-width: ${PHONE_WIDTH}px)`);
  const narrow = ref(query.matches);
  const follow = (change: MediaQueryListEvent): void => {
    narrow.value = change.matches;
  };
  query.addEventListener('change', follow);
  onScopeDispose(() => query.removeEventListener('change', follow));
  return narrow;
}
