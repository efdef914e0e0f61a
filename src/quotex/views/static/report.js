// quotex report page: clicking a chart row scrolls to and marks its table row.
(function () {
  "use strict";
  document.querySelectorAll("section").forEach(function (section) {
    var rows = section.querySelectorAll("svg .row");
    var cells = section.querySelectorAll("tbody tr");
    rows.forEach(function (row, i) {
      row.style.cursor = "pointer";
      row.addEventListener("click", function () {
        cells.forEach(function (tr) { tr.style.background = ""; });
        if (cells[i]) {
          cells[i].style.background = "#fff3bf";
          cells[i].scrollIntoView({ block: "nearest" });
        }
      });
    });
  });
})();
