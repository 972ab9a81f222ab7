(function () {
  'use strict';
  var table = document.getElementById('findings-table');
  if (!table) {
    return;
  }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var filters = ['filter-rule', 'filter-severity', 'filter-state'].map(function (id) {
    return document.getElementById(id);
  }).filter(function (element) {
    return element !== null;
  });
  var search = document.getElementById('filter-text');
  var shown = document.getElementById('findings-shown');
  var empty = document.getElementById('findings-none');
  var texts = rows.map(function (row) {
    return row.textContent.toLowerCase();
  });

  function apply() {
    var query = search.value.trim().toLowerCase();
    var count = 0;
    rows.forEach(function (row, index) {
      var visible = filters.every(function (filter) {
        return filter.value === '' || row.getAttribute('data-' + filter.name) === filter.value;
      }) && (query === '' || texts[index].indexOf(query) >= 0);
      row.hidden = !visible;
      if (visible) {
        count++;
      }
    });
    shown.textContent = count + ' of ' + rows.length + ' shown';
    empty.hidden = count > 0;
  }

  filters.forEach(function (filter) {
    filter.addEventListener('change', apply);
  });
  search.addEventListener('input', apply);
  apply();
})();
