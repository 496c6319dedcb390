type AttrValue = string | number | boolean | null | undefined;
type Listener = (event: Event) => void;
/** Attributes and `on…` listeners of an element made with `h`. `value` is set as the property. */
export type Attrs = Record<string, AttrValue | Listener>;
/** What `h` accepts as a child: nodes and text; null, undefined and false are skipped. */
export type Child = Node | string | null | undefined | false;

/** Makes an element; text is always set as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'value') (element as HTMLInputElement).value = String(value ?? '');
    else if (name === 'checked') (element as HTMLInputElement).checked = Boolean(value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children.flat());
  return element;
}

/** Appends nodes and text to `parent`, skipping empty children. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `parent`. */
export function replaceChildren(parent: Element, ...children: (Child | Child[])[]): void {
  parent.replaceChildren();
  append(parent, children.flat());
}

/** The element with this id, or an error naming it: the page and the script disagree. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id}`);
  return element as T;
}

/** The JSON the server put in `<script id="page-config">`. */
export function readPageConfig<T>(): T {
  return JSON.parse(byId('page-config').textContent ?? '{}') as T;
}
