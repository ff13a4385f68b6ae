// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, each tab shows
// its panel; panels are created once and kept, so their state survives switching.
export interface Tab {
  readonly id: string;
  readonly label: string;
  readonly panel: HTMLElement;
}

export interface Tabs {
  readonly element: HTMLElement;
  select(id: string): void;
  onChange(listener: (id: string) => void): void;
}

export function createTabs(name: string, tabs: readonly Tab[]): Tabs {
  const element = document.createElement('div');
  element.className = 'tabs';
  const list = document.createElement('div');
  list.className = 'tab-list';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', name);
  element.append(list);
  const listeners: ((id: string) => void)[] = [];
  const buttons = tabs.map((tab) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `tab-${tab.id}`;
    button.textContent = tab.label;
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `panel-${tab.id}`);
    tab.panel.id = `panel-${tab.id}`;
    tab.panel.setAttribute('role', 'tabpanel');
    tab.panel.setAttribute('aria-labelledby', button.id);
    tab.panel.classList.add('tab-panel');
    list.append(button);
    element.append(tab.panel);
    button.addEventListener('click', () => select(tab.id));
    return button;
  });
  const select = (id: string) => {
    tabs.forEach((tab, i) => {
      const on = tab.id === id;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      tab.panel.hidden = !on;
    });
    for (const l of listeners) l(id);
  };
  list.addEventListener('keydown', (event) => {
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : -2;
    if (next === -2) return;
    const j = (next + buttons.length) % buttons.length;
    buttons[j].focus();
    select(tabs[j].id);
    event.preventDefault();
  });
  select(tabs[0].id);
  return { element, select, onChange: (l) => listeners.push(l) };
}
