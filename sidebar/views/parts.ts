// Controls every view uses, written once so each has its label, its help and its error wired for
// assistive technology in the same way.
import { h, type Attrs, type Child } from '../dom';
import { keepText, keptText } from '../fields';
import { rerender, ui } from '../app';

export function button(label: Child, onclick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return h('button', { type: 'button', class: 'secondary', ...attrs, onclick: () => onclick() }, label);
}

export function primaryButton(label: Child, onclick: () => void, attrs: Attrs = {}): HTMLButtonElement {
  return button(label, onclick, { ...attrs, class: 'primary' });
}

interface FieldOptions {
  help?: string;
  error?: string;
  required?: boolean;
}

/** A label above its control, with help and error text the control is described by. */
export function field(id: string, label: string, control: HTMLElement, options: FieldOptions = {}): HTMLElement {
  const described = [options.help ? `${id}-help` : '', options.error ? `${id}-error` : ''].filter(Boolean).join(' ');
  control.id = id;
  if (described) control.setAttribute('aria-describedby', described);
  if (options.error) control.setAttribute('aria-invalid', 'true');
  if (options.required) control.setAttribute('aria-required', 'true');
  return h(
    'div',
    { class: options.error ? 'field invalid' : 'field' },
    h('label', { for: id }, label, options.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null),
    control,
    options.help ? help(options.help, `${id}-help`) : null,
    options.error ? h('p', { class: 'error-text', id: `${id}-error` }, options.error) : null,
  );
}

/** A text input whose unsaved text survives redraws (see fields.ts). */
export function keptInput(id: string, saved: string, attrs: Attrs = {}): HTMLInputElement {
  return h('input', {
    type: 'text',
    ...attrs,
    value: keptText(id, saved),
    oninput: (e) => keepText(id, (e.target as HTMLInputElement).value),
  });
}

export function keptTextarea(id: string, saved: string, attrs: Attrs = {}): HTMLTextAreaElement {
  return h('textarea', {
    rows: 3,
    ...attrs,
    value: keptText(id, saved),
    oninput: (e) => keepText(id, (e.target as HTMLTextAreaElement).value),
  });
}

export function select<V extends string>(
  options: Array<{ value: V; label: string }>,
  selected: string,
  onchange: (value: V) => void,
  attrs: Attrs = {},
): HTMLSelectElement {
  return h(
    'select',
    { ...attrs, onchange: (e) => onchange((e.target as HTMLSelectElement).value as V) },
    options.map((o) => h('option', { value: o.value, selected: o.value === selected }, o.label)),
  );
}

export function checkbox(id: string, label: string, checked: boolean, onchange: (checked: boolean) => void, hint = ''): HTMLElement {
  return h(
    'div',
    { class: 'check' },
    h('input', {
      type: 'checkbox',
      id,
      checked,
      'aria-describedby': hint ? `${id}-help` : null,
      onchange: (e) => onchange((e.target as HTMLInputElement).checked),
    }),
    h('label', { for: id }, label),
    hint ? help(hint, `${id}-help`) : null,
  );
}

/**
 * A collapsible section whose open state survives redraws. Content given as a function is built when
 * the section is first opened.
 */
export function section(id: string, title: Child, content: Child | (() => Child), openByDefault = false): HTMLDetailsElement {
  const open = isOpen(id, openByDefault);
  const details = h('details', { id, class: 'section', open }, h('summary', null, title));
  let build: (() => Child) | null = typeof content === 'function' ? content : () => content;
  const fill = () => {
    if (build) details.append(h('div', { class: 'section-body' }, build()));
    build = null;
  };
  if (open || typeof content !== 'function') fill();
  // The summary's click (also Enter or Space on it) comes before the section opens, so its content is
  // there in the same frame; toggle covers a section opened any other way.
  details.firstChild!.addEventListener('click', fill);
  details.addEventListener('toggle', () => {
    if (details.open) fill();
    rememberOpen(id, details.open);
  });
  return details;
}

const isOpen = (id: string, openByDefault: boolean) => ui.open.has(id) || (openByDefault && !ui.open.has(`${id}:closed`));

function rememberOpen(id: string, open: boolean): void {
  ui.open.delete(open ? `${id}:closed` : id);
  ui.open.add(open ? id : `${id}:closed`);
}

/** Closes the open disclosure of each group. */
const openInGroup = new Map<string, () => void>();

/**
 * A list item that opens in place, one of its `group` at a time: a heading whose button says whether it
 * is expanded, and the content, built only while open. For long lists, where <details> (a shadow tree
 * each) costs too much to draw: the agenda can hold 60 items of 10 calls each. `note`, when given, stays
 * under the heading, open or closed.
 */
export function disclosure(id: string, group: string, title: Child, content: () => Child, note: Child = null): HTMLElement {
  const toggle = h('button', { type: 'button', id: `toggle-${id}`, 'data-testid': `toggle-${id}`, 'aria-expanded': 'false' }, title);
  const item = h(
    'div',
    { id, class: 'section' },
    h('h3', { class: 'disclosure' }, toggle),
    note ? h('div', { class: 'disclosure-note' }, note) : null,
  );
  let body: HTMLElement | null = null;
  const show = (open: boolean) => {
    if (open === !!body) return;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) {
      openInGroup.get(group)?.();
      openInGroup.set(group, close);
      body = h('div', { id: `${id}-body`, class: 'section-body' }, content());
      item.append(body);
      toggle.setAttribute('aria-controls', body.id);
    } else {
      if (openInGroup.get(group) === close) openInGroup.delete(group);
      body?.remove();
      body = null;
      toggle.removeAttribute('aria-controls');
    }
    rememberOpen(id, open);
  };
  const close = () => show(false);
  toggle.addEventListener('click', () => {
    // Closing a long item above this one would carry this one out of sight: keep it where it was.
    const top = toggle.getBoundingClientRect().top;
    show(!body);
    window.scrollBy(0, toggle.getBoundingClientRect().top - top);
  });
  if (ui.open.has(id)) show(true);
  return item;
}

/** Tabs as a row of buttons; arrow keys move between them, Tab leaves the row. */
export function tabs<T extends string>(
  label: string,
  items: Array<{ value: T; label: string }>,
  selected: T,
  choose: (value: T) => void,
): HTMLElement {
  const row = h('div', { class: 'tabs', role: 'tablist', 'aria-label': label });
  items.forEach((item, i) => {
    const tab = h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${item.value}`,
        'data-testid': `tab-${item.value}`,
        'aria-selected': String(item.value === selected),
        tabindex: item.value === selected ? 0 : -1,
        onclick: () => choose(item.value),
        onkeydown: (e) => {
          const key = (e as KeyboardEvent).key;
          if (key !== 'ArrowRight' && key !== 'ArrowLeft') return;
          e.preventDefault();
          const next = items[(i + (key === 'ArrowRight' ? 1 : items.length - 1)) % items.length]!;
          choose(next.value);
          focusOn(`tab-${next.value}`);
        },
      },
      item.label,
    );
    row.append(tab);
  });
  return row;
}

export function notice(kind: 'info' | 'warn' | 'success', content: Child, attrs: Attrs = {}): HTMLElement {
  return h('div', { class: `notice ${kind}`, ...attrs }, content);
}

/** A row of buttons, right-aligned, the primary one last. */
export const actions = (...children: Child[]) => h('div', { class: 'actions' }, children);
/** A panel's heading, focusable so focus can land on it when the control that had it is gone. */
export const heading = (text: Child) => h('h2', { tabindex: -1 }, text);

/** The same stable name as id and data-testid: one for labels and focus, one for tests. */
export const tid = (name: string) => ({ id: name, 'data-testid': name });

/** Quiet explanatory text; with an id when a control is described by it. */
export const help = (text: Child, id?: string) => h('p', { class: 'help', id }, text);
export const note = (text: Child): HTMLElement => h('span', { class: 'help' }, text);

export function focusOn(id: string): void {
  document.getElementById(id)?.focus();
}

/**
 * A question asked in place (ids confirm-<name>-title, cancel-<name>, confirm-<name>): Cancel puts focus
 * back on `returnTo`; the button that goes ahead is left out when `yes` is ''.
 */
export function confirmBox(
  name: string,
  title: string,
  body: Child,
  returnTo: string,
  yes: string,
  onYes: () => void,
  yesClass = 'primary',
): HTMLElement {
  return h(
    'div',
    { class: 'confirm', role: 'group', 'aria-labelledby': `confirm-${name}-title`, 'data-testid': `${name}-confirmation` },
    h('h3', { id: `confirm-${name}-title`, tabindex: -1 }, title),
    typeof body === 'string' ? h('p', null, body) : body,
    actions(
      button(
        'Cancel',
        () => {
          ui.confirming = null;
          rerender();
          focusOn(returnTo);
        },
        { ...tid(`cancel-${name}`) },
      ),
      yes ? button(yes, onYes, { class: yesClass, ...tid(`confirm-${name}`) }) : null,
    ),
  );
}
