// Each "As curl" command: its base URL becomes the page's own origin when the service
// serves the site (at /docs), and its button copies it. Without this script the command
// reads as written, at localhost:8080, and the button stays hidden.
(function () {
  var servedByTheService = /^https?:$/.test(location.protocol) && location.pathname.indexOf('/docs/') === 0;
  document.querySelectorAll('.as-curl').forEach(function (block) {
    var code = block.querySelector('pre code');
    var button = block.querySelector('button.copy-curl');
    var status = block.querySelector('.copy-status');
    if (servedByTheService) {
      block.querySelectorAll('.curl-base').forEach(function (base) { base.textContent = location.origin; });
    }
    if (!code || !button) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      var text = code.textContent;
      function selectIt() {
        var range = document.createRange();
        range.selectNodeContents(code);
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        status.textContent = 'Selected: press Ctrl+C (⌘C) to copy';
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { status.textContent = 'Copied'; }, selectIt);
      } else {
        selectIt();
      }
    });
  });
})();
