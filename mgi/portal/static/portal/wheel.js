// Enhances the domain wheel: a segment shows its domain's findings beside the wheel instead of
// scrolling to them. Without this script every segment is a plain link to its section.
(function () {
  "use strict";
  var wheel = document.querySelector(".wheel");
  var panels = Array.prototype.slice.call(document.querySelectorAll(".domain-findings"));
  if (!wheel || panels.length === 0) { return; }
  var segments = Array.prototype.slice.call(wheel.querySelectorAll(".wheel-segment"));
  document.documentElement.classList.add("js-wheel");

  function show(slug, moveFocus) {
    var target = null;
    panels.forEach(function (panel) {
      var match = panel.id === "domain-" + slug;
      panel.hidden = !match;
      if (match) { target = panel; }
    });
    segments.forEach(function (segment) {
      if (segment.getAttribute("data-domain") === slug) {
        segment.setAttribute("aria-current", "true");
      } else {
        segment.removeAttribute("aria-current");
      }
    });
    if (target && moveFocus) { target.focus({ preventScroll: window.innerWidth > 800 }); }
    return target !== null;
  }

  segments.forEach(function (segment, index) {
    segment.addEventListener("click", function (event) {
      event.preventDefault();
      var slug = segment.getAttribute("data-domain");
      if (show(slug, true) && window.history.replaceState) {
        window.history.replaceState(null, "", "#domain-" + slug);
      }
    });
    // Arrow keys go round the wheel, as in a set of tabs.
    segment.addEventListener("keydown", function (event) {
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) { return; }
      event.preventDefault();
      segments[(index + step + segments.length) % segments.length].focus();
    });
  });

  var fromHash = window.location.hash.replace(/^#domain-/, "");
  if (!fromHash || !show(fromHash, false)) {
    show(segments[0].getAttribute("data-domain"), false);
  }
})();
