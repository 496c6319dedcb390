/** Where the large-text choice is remembered (guide 三.4 易用: large print for those who need it). */
export const largeTextKey = 'qingting.largeText';

/** Wires the 大字 toggle: flips `data-text-size` on <html>, reflects it in aria-pressed and remembers it. */
export function setupLargeText(button: HTMLButtonElement): void {
  const root = document.documentElement;
  const show = () => button.setAttribute('aria-pressed', String(root.dataset.textSize === 'large'));
  show();
  button.addEventListener('click', () => {
    const large = root.dataset.textSize !== 'large';
    if (large) root.dataset.textSize = 'large';
    else delete root.dataset.textSize;
    try {
      if (large) localStorage.setItem(largeTextKey, '1');
      else localStorage.removeItem(largeTextKey);
    } catch {
      // storage may be blocked (private mode, a third-party frame); the choice then lasts for this page only
    }
    show();
  });
}
