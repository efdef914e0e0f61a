// quotex article page: hovering a quote lights up its cue and speaker and draws the link between them.
(function () {
  "use strict";
  var text = document.getElementById("text");
  var svg = document.getElementById("links");
  var tip = document.getElementById("tip");
  var allLinks = document.getElementById("all-links");
  var NS = "http://www.w3.org/2000/svg";

  function marked(attr, n) {
    return text.querySelectorAll("[" + attr + '~="' + n + '"]');
  }
  function quoteCount() {
    return document.querySelectorAll(".q-open").length;
  }
  function fitOverlay() {
    svg.setAttribute("width", document.documentElement.scrollWidth);
    svg.setAttribute("height", document.documentElement.scrollHeight);
  }
  function anchor(el, atEnd) {
    var rects = el.getClientRects();
    var r = atEnd ? rects[rects.length - 1] : rects[0];
    return { x: r.left + window.scrollX + r.width / 2, y: r.top + window.scrollY + r.height / 2 };
  }
  function link(n) {
    var quote = marked("data-q", n), speaker = marked("data-spk", n);
    if (!quote.length || !speaker.length) { return; }
    var spk = speaker[0], before = spk.compareDocumentPosition(quote[0]) & Node.DOCUMENT_POSITION_FOLLOWING;
    var a = anchor(before ? quote[0] : quote[quote.length - 1], !before), b = anchor(spk, false);
    var lift = Math.max(18, Math.abs(b.x - a.x) / 5);
    var path = document.createElementNS(NS, "path");
    path.setAttribute("d", "M" + a.x + "," + a.y + " C" + a.x + "," + (a.y - lift) + " " + b.x + "," +
      (b.y - lift) + " " + b.x + "," + b.y);
    path.setAttribute("stroke", getComputedStyle(quote[0]).getPropertyValue("--c") || "#555");
    path.setAttribute("data-link", n);
    svg.appendChild(path);
  }
  function clear() {
    document.querySelectorAll(".on").forEach(function (el) { el.classList.remove("on"); });
    while (svg.firstChild) { svg.removeChild(svg.firstChild); }
  }
  function redraw() {
    clear();
    fitOverlay();
    if (allLinks && allLinks.checked) {
      for (var n = 1; n <= quoteCount(); n++) { link(n); }
    }
  }
  function focus(n) {
    redraw();
    ["data-q", "data-spk", "data-cue"].forEach(function (attr) {
      marked(attr, n).forEach(function (el) { el.classList.add("on"); });
    });
    document.querySelectorAll('#panel a[data-q="' + n + '"]').forEach(function (el) { el.classList.add("on"); });
    if (!(allLinks && allLinks.checked)) { link(n); }
  }
  function numberOf(el) {
    var target = el.closest("[data-q],[data-spk]");
    if (!target) { return null; }
    return (target.getAttribute("data-q") || target.getAttribute("data-spk")).split(" ").pop();
  }

  document.addEventListener("mouseover", function (event) {
    var n = numberOf(event.target);
    if (n) { focus(n); }
    var tipped = event.target.closest("[data-tip]");
    if (tipped) {
      tip.textContent = tipped.getAttribute("data-tip");
      tip.hidden = false;
    } else {
      tip.hidden = true;
    }
  });
  document.addEventListener("mousemove", function (event) {
    if (!tip.hidden) {
      tip.style.left = (event.pageX + 12) + "px";
      tip.style.top = (event.pageY + 16) + "px";
    }
  });
  document.addEventListener("click", function (event) {
    var a = event.target.closest("#panel a[data-q]");
    if (a) {
      event.preventDefault();
      var n = a.getAttribute("data-q");
      document.getElementById("q-" + n).scrollIntoView({ block: "center" });
      focus(n);
    }
  });
  if (allLinks) { allLinks.addEventListener("change", redraw); }
  window.addEventListener("resize", redraw);
  redraw();
})();
