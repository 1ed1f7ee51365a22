// nnviz report: hovering (or focusing) a unit of the network graph highlights its incoming and outgoing links.
// No network access, no storage, no analytics.
(function () {
  "use strict";
  function focusUnit(svg, id, on) {
    svg.classList.toggle("has-focus", on);
    var marked = svg.querySelectorAll(".from-" + id + ", .to-" + id);
    for (var i = 0; i < marked.length; i++) { marked[i].classList.toggle("focus", on); }
  }
  function wire(svg) {
    var units = svg.querySelectorAll(".unit[id], .bias[id]");
    for (var i = 0; i < units.length; i++) {
      (function (unit) {
        // Ids are prefixed with the figure name ("graph-u-1-2"); link classes use the bare id ("from-u-1-2").
        var key = unit.id.substring(unit.id.indexOf("-") + 1);
        unit.addEventListener("mouseenter", function () { focusUnit(svg, key, true); });
        unit.addEventListener("mouseleave", function () { focusUnit(svg, key, false); });
      })(units[i]);
    }
  }
  function start() {
    var svgs = document.querySelectorAll(".figure-art svg");
    for (var i = 0; i < svgs.length; i++) { wire(svgs[i]); }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
