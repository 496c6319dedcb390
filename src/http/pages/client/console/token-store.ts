const key = 'qingting.console.token';

/** The agent's token, kept for this browser tab only (sessionStorage): closing the tab signs out. */
export const tokenStore = {
  read(): string | null {
    try {
      return sessionStorage.getItem(key);
    } catch {
      return null;
    }
  },
  save(token: string): void {
    try {
      sessionStorage.setItem(key, token);
    } catch {
      // storage blocked: the console works until the page is reloaded
    }
  },
  clear(): void {
    try {
      sessionStorage.removeItem(key);
    } catch {
      // nothing was stored
    }
  },
};
