/**
 * The loss catalog's table: column headers become sort buttons (aria-sort tells the order) and
 * the filters hide rows. Without JavaScript the full table is there in registry order.
 */
export function initCatalog(): void {
  const table = document.querySelector<HTMLTableElement>('[data-catalog-table]');
  const form = document.querySelector<HTMLFormElement>('[data-catalog-filters]');
  if (!table || !form) return;
  form.hidden = false;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = form.querySelector<HTMLElement>('[data-catalog-count]')!;
  const headers = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];

  for (const th of headers) {
    const key = th.dataset['sort']!;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent ?? key;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of headers) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const value = (r: HTMLTableRowElement) => r.dataset[key] ?? '';
      rows.sort(
        (a, b) =>
          (ascending ? 1 : -1) * value(a).localeCompare(value(b)) ||
          Number(a.dataset['order']) - Number(b.dataset['order']),
      );
      body.append(...rows);
    });
  }

  const apply = () => {
    const family = (form.elements.namedItem('family') as HTMLSelectElement).value;
    const q = (form.elements.namedItem('q') as HTMLInputElement).value.trim().toLowerCase();
    const convex = (form.elements.namedItem('convex') as HTMLInputElement).checked;
    const robust = (form.elements.namedItem('robust') as HTMLInputElement).checked;
    let shown = 0;
    for (const r of rows) {
      const visible =
        (!family || r.dataset['family'] === family) &&
        (!q ||
          (r.dataset['name'] ?? '').toLowerCase().includes(q) ||
          (r.dataset['id'] ?? '').includes(q)) &&
        (!convex || r.dataset['convex'] === 'true') &&
        (!robust || r.dataset['robust'] === 'true');
      r.hidden = !visible;
      if (visible) shown++;
    }
    count.textContent = `Showing ${shown} of ${rows.length} losses`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}
