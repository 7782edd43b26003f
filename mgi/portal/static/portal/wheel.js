// Enhances the domain wheel: a segment shows its domain's findings beside the wheel instead of
// scrolling to them. Without this script every segment is a plain link to its section.
(function () {
  "use strict";
  var wheel = document.querySelector(".wheel");
  var panels = Array.prototype.slice.call(document.querySelectorAll(".domain-findings"));
  if (!wheel || panels.length === 0) { return; }
  var segments = Array.prototype.slice.call(wheel.querySelectorAll(".wheel-segment"));
  document.documentElement.classList.add("js-wheel");

  function panelFor(slug) {
    return panels.filter(function (panel) { return panel.id === "domain-" + slug; })[0] || null;
  }

  // An address that names no domain (the skip link's #main, a stale link) leaves the panels be.
  function show(slug, moveFocus) {
    var target = panelFor(slug);
    if (!target) { return false; }
    panels.forEach(function (panel) { panel.hidden = panel !== target; });
    segments.forEach(function (segment) {
      if (segment.getAttribute("data-domain") === slug) {
        segment.setAttribute("aria-current", "true");
      } else {
        segment.removeAttribute("aria-current");
      }
    });
    if (moveFocus) { target.focus({ preventScroll: window.innerWidth > 800 }); }
    return true;
  }

  // The element the address names, when it sits inside a domain's panel (a finding, its evidence).
  function targetInPanel() {
    var id = "";
    try { id = decodeURIComponent(window.location.hash.slice(1)); } catch (error) { return null; }
    var element = id ? document.getElementById(id) : null;
    return element && element.closest(".domain-findings") ? element : null;
  }

  function slugFromHash() {
    var match = /^#domain-(.+)$/.exec(window.location.hash);
    if (match) { return match[1]; }
    var target = targetInPanel();
    return target ? target.closest(".domain-findings").id.replace(/^domain-/, "") : "";
  }

  // A finding or its evidence named by the address (a search result): its panel is shown, and
  // the evidence opened, before the page scrolls to it.
  function revealTarget() {
    var target = targetInPanel();
    if (!target) { return; }
    var details = target.closest("details");
    if (details) { details.open = true; }
    target.scrollIntoView();
  }

  segments.forEach(function (segment, index) {
    segment.addEventListener("click", function (event) {
      event.preventDefault();
      var slug = segment.getAttribute("data-domain");
      if (show(slug, true) && window.history.replaceState) {
        window.history.replaceState(null, "", "#domain-" + slug);
      }
    });
    // Arrow keys go round the wheel, as in a set of tabs. Space chooses a segment as Enter
    // does (a link alone answers Enter only, and Space would scroll the page instead).
    segment.addEventListener("keydown", function (event) {
      if (event.key === " " || event.key === "Spacebar") {
        event.preventDefault();
        segment.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
        return;
      }
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (!step) { return; }
      event.preventDefault();
      segments[(index + step + segments.length) % segments.length].focus();
    });
  });

  if (!show(slugFromHash(), false)) {
    show(segments[0].getAttribute("data-domain"), false);
  }
  revealTarget();
  // A new fragment on the same address does not reload the page (a link within it, an address
  // pasted into the bar), and the browser cannot scroll to a hidden panel: show it here.
  window.addEventListener("hashchange", function () {
    var slug = slugFromHash();
    // Unlike a click on the wheel, a followed link expects the page to scroll to its target.
    if (show(slug, false)) {
      if (targetInPanel()) { revealTarget(); } else { panelFor(slug).focus(); }
    }
  });
})();
