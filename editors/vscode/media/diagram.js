// SPDX-License-Identifier: EPL-2.0
// The diagram preview: draws the SVG the server sends, offers the kinds, and reports clicks on drawn elements.
(function () {
  const vscode = acquireVsCodeApi();
  const select = document.getElementById('kind');
  const diagrams = document.getElementById('diagrams');
  const notes = document.getElementById('notes');
  const status = document.getElementById('status');
  select.addEventListener('change', () => vscode.postMessage({ type: 'kind', kind: select.value }));
  diagrams.addEventListener('click', (event) => {
    const node = event.target.closest ? event.target.closest('g[data-element]') : null;
    if (node) {
      vscode.postMessage({ type: 'reveal', element: node.getAttribute('data-element') });
    }
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'error') {
      status.textContent = message.message;
      return;
    }
    const result = message.result;
    if (select.options.length === 0) {
      for (const kind of result.kinds) {
        const option = document.createElement('option');
        option.value = kind.word;
        option.textContent = kind.title;
        select.appendChild(option);
      }
    }
    select.value = message.kind;
    status.textContent = result.message || result.organisation || '';
    diagrams.innerHTML = result.diagrams.map((d) => d.svg.substring(d.svg.indexOf('<svg'))).join('');
    notes.innerHTML = '';
    for (const note of result.notes) {
      const item = document.createElement('li');
      item.textContent = note;
      notes.appendChild(item);
    }
  });
}());
